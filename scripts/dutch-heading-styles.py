#!/usr/bin/env python3
"""Renames the heading styles of a DOCX to the names Dutch Word uses: styleId "Kop1" with name
"Kop 1" (and so on for levels 2-6), in styles.xml and every reference in document.xml. The
rest of the package is copied byte for byte, in the same order."""
import re, sys, zipfile, shutil, tempfile

def rename(xml: str) -> str:
    for n in range(1, 7):
        xml = re.sub(rf'w:styleId="(?:Heading|heading){n}"', f'w:styleId="Kop{n}"', xml)
        xml = re.sub(rf'<w:name w:val="(?:Heading|heading) {n}"/>', f'<w:name w:val="Kop {n}"/>', xml)
        xml = re.sub(rf'<w:pStyle w:val="(?:Heading|heading){n}"/>', f'<w:pStyle w:val="Kop{n}"/>', xml)
        xml = re.sub(rf'<w:(basedOn|next|link) w:val="(?:Heading|heading){n}"/>', rf'<w:\1 w:val="Kop{n}"/>', xml)
    return xml

path = sys.argv[1]
tmp = tempfile.mktemp(suffix=".docx")
with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename in ("word/styles.xml", "word/document.xml"):
            data = rename(data.decode("utf-8")).encode("utf-8")
        dst.writestr(item, data)
shutil.move(tmp, path)
with zipfile.ZipFile(path) as z:
    styles = z.read("word/styles.xml").decode("utf-8")
    doc = z.read("word/document.xml").decode("utf-8")
print(path, "Kop 1 style:", '<w:name w:val="Kop 1"/>' in styles, "paragraphs with Kop1:", doc.count('w:val="Kop1"'))
