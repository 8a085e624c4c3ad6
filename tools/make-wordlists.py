#!/usr/bin/env python3
"""Writes each language pack's words.tsv: the most frequent words of real UN texts in that
language (for Chinese, the most frequent Han characters), which the OCR stage uses to tell a
readable text layer from a garbage one (a bad OCR layer, a font without a character map).

Source: the General Assembly resolutions of the seventy-fifth session in AKN4UN XML
(github UNxml/GAresolutions, commit 42a69b67; shared/corpus/unxml/ga75/<Language>/).

Usage (from the repository root):
    tools/make-wordlists.py ../shared/corpus/unxml/ga75 plenary-core/src/main/resources/org/plenary/lang
"""
import collections
import os
import re
import sys
import unicodedata

LANGUAGES = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr", "Russian": "ru", "Spanish": "es"}
TOP = 1000
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def text_of(path):
    with open(path, encoding="utf-8") as f:
        xml = f.read()
    body = xml.split("<body", 1)[-1]
    return TAG.sub(" ", body)


def main(source, target):
    for folder, code in LANGUAGES.items():
        counts = collections.Counter()
        directory = os.path.join(source, folder)
        for name in sorted(os.listdir(directory)):
            if name.endswith(".xml"):
                text = unicodedata.normalize("NFC", text_of(os.path.join(directory, name)))
                if code == "zh":
                    counts.update(c for c in text if unicodedata.name(c, "").startswith("CJK UNIFIED"))
                else:
                    counts.update(w.lower() for w in WORD.findall(text) if len(w) > 0)
        words = [w for w, _ in counts.most_common(TOP)]
        with open(os.path.join(target, code, "words.tsv"), "w", encoding="utf-8") as out:
            out.write("# The %d most frequent %s of the General Assembly's resolutions of its\n" % (
                len(words), "Han characters" if code == "zh" else "words (lower case)"))
            out.write("# seventy-fifth session (AKN4UN XML, UNxml/GAresolutions); made by tools/make-wordlists.py.\n")
            out.write("word\n")
            for w in words:
                out.write(w + "\n")
        print(code, len(words), "from", directory)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
