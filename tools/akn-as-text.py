#!/usr/bin/env python3
"""Reads UN resolutions as plain text and checks the reading against their own markup.

Each AKN4UN file (the UN's XML of its resolutions, whose metadata is exact) is printed as plain
text: its blocks in reading order, one per paragraph with its printed number, a blank line between
them, footnotes left out (the form of corpus/align). `plenary parse` reads both the XML and the
text; the record of the XML (its markup's values) is the reference for the record of the text.
Resolutions in six languages that the text reader has never seen: a figure on unseen documents.

    tools/akn-as-text.py [--plenary ./plenary] [--keep DIR] [--show N] [--flatten] UNXML_DIR

With --flatten, the head of each text (every block above the body's first words) is one line.

Prints, per field and language, how many text records differ from the markup's, then up to N
differences per field. Needs only Python 3.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

FIELDS = ["symbols", "type", "date", "session", "securityCouncilYear", "year", "organs", "title", "agendaItems"]
SKIPPED = {"meta", "authorialNote", "references", "proprietary", "analysis"}


def local(tag):
    return tag.rsplit("}", 1)[-1]


def text_of(element):
    out = []

    def walk(node):
        if local(node.tag) == "authorialNote":
            out.append(node.tail or "")
            return
        if local(node.tag) in ("eol", "br", "eop"):
            out.append(" ")
        out.append(node.text or "")
        for child in node:
            walk(child)
        out.append(node.tail or "")

    out.append(element.text or "")
    for child in element:
        walk(child)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def holds_paragraphs(element):
    for child in element:
        if local(child.tag) == "authorialNote":
            continue
        if local(child.tag) == "p" or holds_paragraphs(child):
            return True
    return False


BODY = {"preamble", "mainBody"}


def blocks(root, flatten=False):
    """The printed blocks of a document, in reading order; with flatten, every block above the
    body's first words (the head: masthead, agenda, title, part letter and heading) joined into one
    line, as some web pages print a first page."""
    out = []
    body_at = []

    def emit(element, number):
        text = text_of(element)
        if text:
            out.append((number[0] + " " if number[0] else "") + text)
            number[0] = ""

    def walk(element, number):
        tag = local(element.tag)
        if tag in SKIPPED or tag == "num":
            return
        if tag in BODY and not body_at:
            body_at.append(len(out))
        if tag == "p" and not holds_paragraphs(element):
            children = list(element)
            # a part letter printed under the title ("B") is a line of its own
            cut = next((i for i, c in enumerate(children) if local(c.tag) == "docNumber"
                        and any(local(k.tag) == "docTitle" for k in children[:i])), None)
            if cut is not None:
                first, second = ET.Element("p"), ET.Element("p")
                first.text = element.text
                first.extend(children[:cut])
                second.extend(children[cut:])
                emit(first, number)
                emit(second, number)
            else:
                emit(element, number)
            return
        if tag in ("heading", "subheading"):
            emit(element, number)
            return
        numbers = [c for c in element if local(c.tag) == "num"]
        if numbers:
            number = [text_of(numbers[0])]
        for child in element:
            walk(child, number)
        if numbers and number[0]:
            out.append(number[0])

    walk(root, [""])
    if flatten and body_at and body_at[0] > 1:
        out = [" ".join(out[:body_at[0]])] + out[body_at[0]:]
    return out


def parse(plenary, files, out):
    """JSON records of `plenary parse`, by the path it was given."""
    with tempfile.NamedTemporaryFile("w", delete=False) as listing:
        listing.write("\0".join(files))
    with open(out, "w") as sink:
        subprocess.run(["xargs", "-0", "-a", listing.name, plenary, "parse", "--format", "json", "-j", "2"],
                       stdout=sink, stderr=subprocess.DEVNULL, check=False)
    os.unlink(listing.name)
    records = {}
    for line in open(out, encoding="utf-8"):
        record = json.loads(line)
        records[record["source"]["path"]] = record
    return records


def shown(record, field):
    value = record.get(field)
    if field == "agendaItems":
        return [(i.get("number"), i.get("subItem"), i.get("title")) for i in value or []]
    return value


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("unxml")
    ap.add_argument("--plenary", default=os.path.join(os.path.dirname(__file__), "..", "plenary"))
    ap.add_argument("--keep", help="write the texts here and keep them")
    ap.add_argument("--show", type=int, default=10, help="differences shown per field")
    ap.add_argument("--flatten", action="store_true", help="join the head (the blocks above the body) into one line")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="akn-as-text-")
    pairs = []
    for folder, _, names in os.walk(args.unxml):
        for name in sorted(names):
            if not name.endswith(".xml"):
                continue
            path = os.path.join(folder, name)
            try:
                root = ET.parse(path).getroot()
            except ET.ParseError:
                continue  # the UN published one file malformed; plenary refuses it as such
            text = os.path.join(work, os.path.relpath(path, args.unxml)[:-4] + ".txt")
            os.makedirs(os.path.dirname(text), exist_ok=True)
            with open(text, "w", encoding="utf-8") as f:
                f.write("\n\n".join(blocks(root, args.flatten)) + "\n")
            pairs.append((path, text))
    print(f"{len(pairs)} files printed as text in {work}", file=sys.stderr)
    markup = parse(args.plenary, [p for p, _ in pairs], os.path.join(work, "markup.jsonl"))
    reading = parse(args.plenary, [t for _, t in pairs], os.path.join(work, "text.jsonl"))
    differ = collections.Counter()
    languages = collections.Counter()
    examples = collections.defaultdict(list)
    for xml, text in pairs:
        stated, read = markup.get(xml), reading.get(text)
        if stated is None or read is None:
            differ[("unread", stated and stated.get("language"))] += 1
            continue
        language = stated.get("language")
        languages[language] += 1
        for field in FIELDS:
            if shown(stated, field) != shown(read, field):
                differ[(field, language)] += 1
                examples[field].append((os.path.relpath(xml, args.unxml), shown(read, field), shown(stated, field)))
    total = sum(languages.values())
    print(f"{total} resolutions; text records that differ from the markup's, per field:")
    print("field".ljust(22) + "".join(l.rjust(6) for l in sorted(languages)) + "   all")
    for field in FIELDS:
        counts = [differ[(field, l)] for l in sorted(languages)]
        print(field.ljust(22) + "".join(str(c).rjust(6) for c in counts) + str(sum(counts)).rjust(6))
    fields = total * len(FIELDS)
    wrong = sum(v for (f, _), v in differ.items() if f != "unread")
    print(f"fields read as the markup states them: {100 * (fields - wrong) / max(1, fields):.2f}% ({fields - wrong}/{fields})")
    for field, rows in examples.items():
        for path, read, stated in rows[:args.show]:
            print(f"  {field} {path}: text {json.dumps(read, ensure_ascii=False)[:160]}"
                  f" | markup {json.dumps(stated, ensure_ascii=False)[:160]}")


if __name__ == "__main__":
    main()
