#!/usr/bin/env python3
"""Prints the web texts of the shared corpus to PDF with Chromium, laid out as the PDF fixtures of
plenary-core are (tools/make-fixtures.py): one paragraph per line of the text, A4, 12 pt serif
(Liberation Serif, Noto Serif CJK SC, Noto Naskh Arabic), the job number and barcode at the foot of
the first page where the text holds none, the symbol as running header and the page number on the
others. For scoring scans of every language where LibreOffice is not installed: the fixtures of
the repository stay the LibreOffice prints.

Each PDF gets the web text's gold beside it; where the print added a job number, the gold names it,
since the printed document carries it.

usage: tools/print-texts.py OUT_DIR TEXT_FILE [...]   (each TEXT_FILE with its NAME.gold.json beside it)
Needs chromium and the fonts (Debian: chromium fonts-liberation fonts-noto-core fonts-noto-cjk).
"""
import html, importlib.util, json, os, re, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fixtures", os.path.join(here, "make-fixtures.py"))
fixtures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fixtures)

FONTS = {"zh": ("Noto Serif CJK SC", "ltr"), "ar": ("Noto Naskh Arabic", "rtl")}

def css_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ") + '"'

def page(paras, lang, symbol, job):
    font, direction = FONTS.get(lang, ("Liberation Serif", "ltr"))
    side = "right" if direction == "rtl" else "left"
    body, page_break = [], False
    for kind, text in paras:
        if kind == "break":
            page_break = True
            continue
        indent = len(text) - len(text.lstrip(" "))
        style = f"margin-{side}:{indent * 6}pt;" if kind == "p" and indent else ""
        if page_break:
            style += "break-before:page;"
            page_break = False
        content = html.escape(text.strip()) if kind == "p" else "&nbsp;"
        body.append(f'<p style="{style}">{content}</p>')
    # the UN prints its furniture left to right in every language
    furniture = "font:9pt 'Liberation Serif';white-space:pre;text-align:right;direction:ltr;unicode-bidi:isolate;"
    first_foot = css_string(job[0] + "\n" + job[1]) if job[0] else "none"
    return f'''<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><style>
@page {{ size: 210mm 297mm; margin: 23mm 25mm 23mm 25mm;
  @top-right {{ content: {css_string(symbol)}; {furniture} }}
  @bottom-right {{ content: counter(page); {furniture} }} }}
@page :first {{ @top-right {{ content: none; }} @bottom-right {{ content: {first_foot}; {furniture} }} }}
body {{ margin: 0; font-family: '{font}'; font-size: 12pt; line-height: 115%; }}
p {{ margin: 0 0 4pt 0; }}
</style></head><body>
{chr(10).join(body)}
</body></html>'''

def main():
    out, texts = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for i, path in enumerate(texts):
        name = os.path.basename(path).rsplit(".", 1)[0]
        lang = re.search(r"-(ar|zh|en|fr|ru|es)$", name).group(1)
        gold = json.load(open(path[:-4] + ".gold.json", encoding="utf-8"))
        symbol = " ".join(gold["gold"].get("symbols") or [])
        text = open(path, encoding="utf-8").read()
        seq = 10000 + i * 37
        letter = dict(en="E", fr="F", es="S", ru="R", zh="C", ar="A")[lang]
        job = (f"20-{seq:05d} ({letter})", f"*20{seq:05d}*")
        if re.search(r"\d{2}-\d{5} ?\([A-Z]\)", text):
            job = ("", "")  # the text holds its own job number: no second one
        else:
            gold["gold"]["jobNumber"] = job[0]
            gold["_about"] += f" Printed by tools/print-texts.py, which added the job number {job[0]}."
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, name + ".html")
            open(src, "w", encoding="utf-8").write(page(fixtures.paragraphs(text), lang, symbol, job))
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={os.path.join(out, name + '.pdf')}", "file://" + src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        json.dump(gold, open(os.path.join(out, name + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
