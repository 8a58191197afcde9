#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from a JSON map {context: {source: translation}}.

Used by translators to keep the Arabic catalogue in a reviewable form:
  python3 translations/tools/apply_translations.py translations/mizan_ar.ts translations/ar.json
Entries found in the map are marked finished; others are left as they are.
A plural (numerus) message takes a list with one text per plural form of the catalogue's
language, in Qt's order (Arabic: 0, 1, 2, 3-10, 11-99, 100-102 ...); a single string fills
every form.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(ts_path, map_path):
    with open(map_path, encoding="utf-8") as f:
        table = json.load(f)
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        entries = table.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            if source in entries:
                translation = message.find("translation")
                value = entries[source]
                if message.get("numerus") == "yes":
                    forms = translation.findall("numerusform")
                    texts = value if isinstance(value, list) else [value] * len(forms)
                    if len(texts) != len(forms):
                        sys.exit(f"{name}: {source!r}: {len(texts)} plural forms given, "
                                 f"the catalogue has {len(forms)}")
                    for form, text in zip(forms, texts):
                        form.text = text
                else:
                    if not isinstance(value, str):
                        sys.exit(f"{name}: {source!r} is not a plural message; give one string")
                    translation.text = value
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, "r+", encoding="utf-8") as f:
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(text)
        f.truncate()
    print(f"{ts_path}: {filled} translations applied")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
