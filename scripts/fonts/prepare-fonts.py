#!/usr/bin/env python3
"""Prepare the CJK fonts zfxxgk embeds in its PDFs (needs only fontTools: python3-fonttools).

Chromium embeds CFF-flavoured fonts such as Debian's Noto CJK .ttc as slow, poor Type 3 fonts.
Each Simplified-Chinese face cut to GB2312 (+ punctuation, + caller's extras) and converted to
TrueType (glyf) embeds as a small CID TrueType subset instead.  Families are renamed ("zfxxgk
Serif", ...): the OFL asks modified fonts not to pose as the original, and fontconfig can then
never confuse them with the system's full fonts.

Usage: prepare-fonts.py --out .cache/fonts [--coverage gb2312|uro] [--extra-chars FILE] [--force]
"""
import argparse, hashlib, json, os, sys, time
from concurrent.futures import ProcessPoolExecutor

try:
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTCollection, TTFont, newTable
except ImportError:
    # A pyenv/venv python3 first on PATH lacks Debian's python3-fonttools: retry with the system one.
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    sys.exit("fontTools is missing: install the Debian package python3-fonttools")

SCRIPT_VERSION = 2  # bump whenever the output would change
NOTO = "/usr/share/fonts/opentype/noto/"
KAI = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"

# output name -> (source file, PostScript name of the face inside it, new family, style)
FACES = {
    "zfxxgk-serif": (NOTO + "NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular", "zfxxgk Serif", "Regular"),
    "zfxxgk-serif-bold": (NOTO + "NotoSerifCJK-Bold.ttc", "NotoSerifCJKsc-Bold", "zfxxgk Serif", "Bold"),
    "zfxxgk-sans": (NOTO + "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular", "zfxxgk Sans", "Regular"),
    "zfxxgk-sans-bold": (NOTO + "NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold", "zfxxgk Sans", "Bold"),
    "zfxxgk-kai": (KAI, "LXGWWenKai-Regular", "zfxxgk Kai", "Regular"),
}

# Ranges kept besides GB2312; code points the font lacks are simply skipped.
RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (·×÷§°± ...)
    (0x2000, 0x206F),  # general punctuation: ‘’“”—…‰※
    (0x2100, 0x218F),  # letterlike symbols, Roman numerals Ⅰ–Ⅻ
    (0x2460, 0x24FF),  # enclosed alphanumerics ①–⑳ ⑴ ⒈
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。〈〉《》「」〔〕〇
    (0x3200, 0x32FF),  # enclosed CJK ㈠–㈩
    (0xFF00, 0xFFEF),  # full-width forms
]


def gb2312_chars():
    """Every character of GB2312, found by decoding all valid EUC-CN byte pairs."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass  # unassigned slot
    return chars


URO = (0x4E00, 0x9FFF)  # CJK Unified Ideographs: every common hanzi, GB2312 or not (~2.5x the build)


def wanted_codepoints(extra_file, coverage):
    cps = gb2312_chars()
    if coverage == "uro":
        cps.update(range(URO[0], URO[1] + 1))
    for lo, hi in RANGES:
        cps.update(range(lo, hi + 1))
    with open(extra_file or os.devnull, encoding="utf-8") as f:
        extra = {ord(c) for c in f.read() if not c.isspace()}
    cps |= extra
    return cps, hashlib.sha256(",".join(map(str, sorted(extra))).encode()).hexdigest()[:16]


def open_face(path, psname):
    """Open one face by PostScript name; in a .ttc this picks the SC member."""
    count = len(TTCollection(path, lazy=True).fonts) if path.endswith(".ttc") else 1
    for i in range(count):  # recalcTimestamp=False keeps the output reproducible
        font = TTFont(path, fontNumber=i if count > 1 else -1, lazy=True, recalcTimestamp=False)
        if font["name"].getDebugName(6) == psname:
            return font
    sys.exit(f"{psname} not found in {path}")


def subset_font(font, codepoints):
    opts = subset.Options()
    # fontTools' default features minus 'locl', whose JP/KR/TC variant forms would add
    # ~5,500 glyphs (14k instead of 8.4k); plus the CJK spacing features Chrome uses
    # for text-spacing-trim.  No new glyphs come from those GPOS features.
    opts.layout_features = [t for t in opts.layout_features if t != "locl"] + \
        ["halt", "palt", "vhal", "vpal", "chws", "vchw"]
    opts.name_IDs, opts.name_languages = ["*"], ["*"]  # rename() picks what to keep
    opts.hinting = False  # CFF hints / TT instructions are useless in a PDF
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.drop_tables += ["gasp", "DSIG", "VORG"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=codepoints)
    sub.subset(font)


def cff_to_glyf(font, max_err=1.0):
    """Replace CFF cubic outlines by quadratic glyf ones (what fontTools' otf2ttf does)."""
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphset)
        # reverse: CFF contours run counter-clockwise, TrueType ones clockwise
        glyphset[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    del font["CFF "]
    font.sfntVersion = "\x00\x01\x00\x00"
    font["head"].glyphDataFormat = 0
    # TrueType needs maxp 1.0; its point/contour maxima are recomputed on save
    maxp = font["maxp"]
    maxp.tableVersion, maxp.maxZones = 0x00010000, 1
    for field in ("TwilightPoints", "Storage", "FunctionDefs", "InstructionDefs", "StackElements",
                  "SizeOfInstructions", "ComponentElements", "Points", "Contours",
                  "CompositePoints", "CompositeContours", "ComponentDepth"):
        setattr(maxp, "max" + field, 0)
    hmtx = font["hmtx"]  # TrueType rasterisers expect lsb == xMin
    for name in order:
        g = glyf[name]
        g.recalcBounds(glyf)
        hmtx[name] = (hmtx[name][0], getattr(g, "xMin", 0))


def rename(font, family, style, converted):
    """Own family names; keep copyright (0) and licence (13, 14) records as the OFL requires."""
    name = font["name"]
    source = name.getDebugName(4)
    name.names = [r for r in name.names if r.nameID in (0, 13, 14)]
    ps = f"{family.replace(' ', '')}-{style}"
    for nid, text in ((1, family), (2, style), (3, f"{ps};zfxxgk-{SCRIPT_VERSION}"),
                      (4, f"{family} {style}" if style != "Regular" else family),
                      (5, f"Version {SCRIPT_VERSION}.0"), (6, ps),
                      (10, f"GB2312 subset of {source}{', converted to TrueType,' if converted else ''}"
                           " made for zfxxgk")):
        name.setName(text, nid, 3, 1, 0x409)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and PDFs map text via cmap anyway
    post.extraNames, post.mapping = [], {}


def build(out_dir, key, codepoints):
    src, psname, family, style = FACES[key]
    t0 = time.monotonic()
    font = open_face(src, psname)
    subset_font(font, codepoints)
    t1 = time.monotonic()
    converted = "CFF " in font
    if converted:
        cff_to_glyf(font)
    rename(font, family, style, converted)
    out = os.path.join(out_dir, key + ".ttf")
    font.save(out + ".tmp")
    os.replace(out + ".tmp", out)  # never leave a half-written font behind
    t2 = time.monotonic()
    with open(out, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return key, {"glyphs": len(font.getGlyphOrder()), "size": os.path.getsize(out), "sha256": digest,
                 "family": family, "style": style, "cff_converted": converted,
                 "seconds": {"subset": round(t1 - t0, 2), "convert_save": round(t2 - t1, 2)}}


FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>{dir}</dir>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
</fontconfig>
"""


def write_fonts_conf(out_dir):
    """fonts.conf for Chromium's FONTCONFIG_FILE: the system fonts plus ours.  Absolute
    path, no own <cachedir> (one inside out_dir would be scanned as fonts; five fonts
    scan in milliseconds anyway)."""
    conf, path = FONTS_CONF.format(dir=os.path.abspath(out_dir)), os.path.join(out_dir, "fonts.conf")
    if not os.path.exists(path) or open(path, encoding="utf-8").read() != conf:
        with open(path, "w", encoding="utf-8") as f:
            f.write(conf)


def write_coverage(out_dir):
    """coverage.txt: every character the body face maps, so a renderer can tell which characters
    of a report would fall back to a system font (and print as Type 3)."""
    path = os.path.join(out_dir, "coverage.txt")
    cmap = TTFont(os.path.join(out_dir, "zfxxgk-serif.ttf"), lazy=True).getBestCmap()
    text = "".join(chr(cp) for cp in sorted(cmap) if cp > 0x20)
    if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(path + ".tmp", path)


def source_stamp(key):
    st = os.stat(FACES[key][0])
    return {"source": FACES[key][0], "face": FACES[key][1], "source_size": st.st_size,
            "source_mtime": int(st.st_mtime)}


def is_fresh(entry, key, out_dir):
    """A face is skipped when its source and the output the manifest recorded are unchanged."""
    out = os.path.join(out_dir, key + ".ttf")
    return all(entry.get(k) == v for k, v in source_stamp(key).items()) and \
        os.path.exists(out) and os.path.getsize(out) == entry.get("size")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="output directory, e.g. .cache/fonts")
    ap.add_argument("--coverage", choices=["gb2312", "uro"], default="gb2312",
                    help="gb2312 (default, ~25 s) or uro: all CJK Unified Ideographs (~2 min)")
    ap.add_argument("--extra-chars", help="UTF-8 file whose characters are added to every face")
    ap.add_argument("--force", action="store_true", help="rebuild even if the manifest matches")
    args = ap.parse_args()
    start = time.monotonic()
    os.makedirs(args.out, exist_ok=True)
    manifest_path = os.path.join(args.out, "manifest.json")
    try:
        with open(manifest_path, encoding="utf-8") as f:
            old = json.load(f)
    except (OSError, ValueError):
        old = {}
    codepoints, extra_hash = wanted_codepoints(args.extra_chars, args.coverage)
    common = {"script_version": SCRIPT_VERSION, "coverage": args.coverage, "extra_chars_sha256": extra_hash}
    same = all(old.get(k) == v for k, v in common.items()) and not args.force
    faces = old.get("faces", {}) if same else {}
    todo = [key for key in FACES if not is_fresh(faces.get(key, {}), key, args.out)]
    for key in FACES:
        if key not in todo:
            print(f"{key}: up to date ({faces[key]['size'] / 1e6:.2f} MB, {faces[key]['glyphs']} glyphs)")
    if todo:
        # faces are independent; the machines here have 2 cores
        with ProcessPoolExecutor(max_workers=min(len(todo), os.cpu_count() or 1)) as pool:
            jobs = [pool.submit(build, args.out, key, codepoints) for key in todo]
            for job in jobs:
                key, info = job.result()
                faces[key] = {**source_stamp(key), **info}
                print(f"{key}: {info['size'] / 1e6:.2f} MB, {info['glyphs']} glyphs (subset "
                      f"{info['seconds']['subset']} s, convert+save {info['seconds']['convert_save']} s)")
        with open(manifest_path + ".tmp", "w", encoding="utf-8") as f:
            json.dump({**common, "faces": {k: faces[k] for k in FACES}}, f, ensure_ascii=False, indent=2)
        os.replace(manifest_path + ".tmp", manifest_path)
    write_fonts_conf(args.out)
    write_coverage(args.out)
    print(f"fonts in {args.out}: {len(todo)} built, {len(FACES) - len(todo)} reused, "
          f"{time.monotonic() - start:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
