#!/usr/bin/env python3
"""Builds the PDF and DOCX test fixtures of plenary-core from real UN texts.

Each text keeps its line layout: a line becomes a paragraph (its leading spaces a left indent of
half an em each), an empty line an empty paragraph, a form feed a page break. The PDF gets the
page furniture of a UN document: a job number and barcode footer on the first page, the symbol as
running header and a page number on the others. LibreOffice converts the result.

usage: tools/make-fixtures.py OUT_DIR SYMBOL_OR_- TEXT_FILE [...]   (pairs of symbol and text)
"""
import html, os, re, subprocess, sys, tempfile, unicodedata

FONTS = {
    "zh": ("Noto Serif CJK SC", "ltr"),
    "ar": ("Noto Naskh Arabic", "rtl"),
}

def width(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line.rstrip())

def wraps(line, widest):
    # only lines as wide as a printed line (not whole paragraphs) were wrapped by the print
    return widest <= 120 and width(line) >= 0.85 * widest

def paragraphs(text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    texts = [l for l in lines if l.strip()]
    followed = sum(1 for i, l in enumerate(lines[:-1]) if l.strip() and lines[i + 1] == "")
    double = len(texts) >= 5 and followed >= 0.7 * len(texts)
    widest = max((width(l) for l in texts), default=0)
    out, previous_text = [], False
    for line in lines:
        while "\f" in line:
            before, line = line.split("\f", 1)
            if before.strip():
                out.append(("p", before))
            out.append(("break", ""))
        if not line.strip():
            if not double or line:
                out.append(("empty", ""))
            previous_text = False
            continue
        if double and previous_text:
            out.append(("break", ""))
        if double and out and out[-1][0] == "p" and not line.startswith(" ") and wraps(out[-1][1], widest):
            # the line before was wrapped here in the original print: one paragraph again
            out[-1] = ("p", out[-1][1].rstrip() + line.strip())
        else:
            out.append(("p", line.rstrip()))
        previous_text = True
    return out

def fodt(paras, lang, symbol, job):
    font, direction = FONTS.get(lang, ("Liberation Serif", "ltr"))
    rtl = direction == "rtl"
    indents = sorted({len(t) - len(t.lstrip(" ")) for k, t in paras if k == "p"})
    styles = []
    for n in indents:
        margin = f'fo:margin-{"right" if rtl else "left"}="{n * 6}pt"'
        styles.append(f'<style:style style:name="I{n}" style:family="paragraph" style:parent-style-name="Body">'
                      f'<style:paragraph-properties {margin}/></style:style>')
    styles.append('<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Body">'
                  '<style:paragraph-properties fo:break-before="page"/></style:style>')
    body, page_break = [], False
    for kind, text in paras:
        if kind == "break":
            page_break = True
            continue
        n = len(text) - len(text.lstrip(" "))
        style = "I%d" % n if kind == "p" else "Body"
        content = html.escape(text.strip()) if kind == "p" else ""
        if page_break:
            body.append('<text:p text:style-name="PB"/>')
            page_break = False
        body.append(f'<text:p text:style-name="{style}">{content}</text:p>')
    header = f'<style:header><text:p text:style-name="Furniture">{html.escape(symbol)}</text:p></style:header>' if symbol else ""
    first_footer = (f'<style:footer><text:p text:style-name="Furniture">{job[0]}</text:p>'
                    f'<text:p text:style-name="Furniture">{job[1]}</text:p></style:footer>')
    footer = '<style:footer><text:p text:style-name="Furniture"><text:page-number text:select-page="current"/></text:p></style:footer>'
    writing = ' style:writing-mode="rl-tb" fo:text-align="end"' if rtl else ' fo:text-align="start"'
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="4pt" fo:line-height="115%"{writing}/>
<style:text-properties style:font-name="{font}" style:font-name-asian="{font}" style:font-name-complex="{font}" fo:font-size="12pt" style:font-size-asian="12pt" style:font-size-complex="12pt" fo:hyphenate="false"/></style:style>
<style:style style:name="Furniture" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" style:font-size-complex="9pt" style:font-name="Liberation Serif" style:font-name-asian="Liberation Serif" style:font-name-complex="Liberation Serif"/></style:style>
{"".join(styles)}
</office:styles>
<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Body" style:master-page-name="First"/>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="15mm" fo:margin-bottom="15mm" fo:margin-left="25mm" fo:margin-right="25mm"/>
<style:header-style><style:header-footer-properties fo:margin-bottom="8mm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="8mm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="First" style:page-layout-name="PL" style:next-style-name="Standard">{first_footer}</style:master-page>
<style:master-page style:name="Standard" style:page-layout-name="PL">{header}{footer}</style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="P1"/>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''

def main():
    out = sys.argv[1]
    args = sys.argv[2:]
    for i in range(0, len(args), 2):
        symbol, path = args[i], args[i + 1]
        symbol = "" if symbol == "-" else symbol
        name = os.path.basename(path).rsplit(".", 1)[0]
        lang = re.search(r"-(ar|zh|en|fr|ru|es)$", name)
        lang = lang.group(1) if lang else "zh"
        text = open(path, encoding="utf-8").read()
        seq = 10000 + i * 37
        letter = dict(en="E", fr="F", es="S", ru="R", zh="C", ar="A")[lang]
        job = (f"20-{seq:05d} ({letter})", f"*20{seq:05d}*")
        if re.search(r"\d{2}-\d{5} ?\([A-Z]\)", text):
            job = ("", "")  # the text holds its own job number: no second one
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, name + ".fodt")
            open(src, "w", encoding="utf-8").write(fodt(paragraphs(text), lang, symbol, job))
            for target in ("pdf", "docx"):
                subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", out, src],
                               check=True, stdout=subprocess.DEVNULL)

if __name__ == "__main__":
    main()
