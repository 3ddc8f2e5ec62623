#!/usr/bin/env python3
"""tests/package/check_screen.py — did Matchbooth draw this screen (kiosk attract screen or board)?

Usage: check_screen.py FILE.ppm     exit 0 and one line of figures if it is, 1 with the reason if not.

grim writes binary PPM (P6), which needs no image library. The attract screen (a dark blue-teal gradient)
and the board (dark navy) both have white text on a dark background with blue and green above red: most
pixels are such background and a small share are near-white. A black frame (nothing drawn yet, or the app
gone) has no such background; a blank one has no text.
"""
import sys


def read_ppm(path):
    with open(path, "rb") as f:
        data = f.read()
    fields, pos = [], 0
    while len(fields) < 4:                      # magic, width, height, maxval; '#' comments allowed
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] != b"P6" or int(fields[3]) != 255:
        raise ValueError("not an 8-bit binary PPM")
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:pos + 1 + width * height * 3]


def main():
    width, height, pixels = read_ppm(sys.argv[1])
    total = background = white = 0
    for i in range(0, len(pixels), 3 * 7):       # every 7th pixel: plenty for shares of the screen
        r, g, b = pixels[i], pixels[i + 1], pixels[i + 2]
        total += 1
        if r + g + b < 330 and b > r and g > r:
            background += 1
        elif r > 200 and g > 200 and b > 200:
            white += 1
    bg_share, white_share = background / total, white / total
    figures = "%dx%d, background %.1f%%, white %.2f%%" % (width, height, 100 * bg_share, 100 * white_share)
    if width < 640 or height < 480:
        print("too small: " + figures)
        return 1
    if bg_share < 0.6 or not 0.002 < white_share < 0.3:
        print("not drawn: " + figures)
        return 1
    print("drawn: " + figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
