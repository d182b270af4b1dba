import { describe, expect, it } from "vitest";
import { CsvError, decodeUtf8, parseCsv } from "./csv";

describe("reading CSV (RFC 4180)", () => {
  it("splits records on CRLF, LF or CR and fields on commas, keeping empty fields", () => {
    expect(parseCsv("a,b,c\r\n1,,3\n4,5,\r6,7,8")).toEqual([
      ["a", "b", "c"],
      ["1", "", "3"],
      ["4", "5", ""],
      ["6", "7", "8"],
    ]);
  });

  it("keeps commas, line breaks and doubled quotes inside a quoted field, as one record", () => {
    expect(parseCsv('ref,title\r\n1.1,"Hubs, in every ""district""\r\nand town"\r\n1.2,x\r\n')).toEqual([
      ["ref", "title"],
      ["1.1", 'Hubs, in every "district"\r\nand town'],
      ["1.2", "x"],
    ]);
  });

  it("drops the byte order mark Excel's CSV UTF-8 starts with, and reads UTF-8 letters", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Title\nCafé – Zoë’s\n")]);
    const text = decodeUtf8(bytes.buffer);
    expect(parseCsv(text ?? "")).toEqual([["Title"], ["Café – Zoë’s"]]);
    expect(parseCsv("\uFEFFa\n")).toEqual([["a"]]);
  });

  it("refuses bytes that are not UTF-8 (a file saved as ANSI)", () => {
    expect(decodeUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9]).buffer)).toBeNull();
  });

  it("says which row has a quote that never closes, or text after a closing quote", () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(CsvError);
    expect(() => parseCsv('a\n"open\n')).toThrow(/Row 2 opens a quote that never closes/);
    expect(() => parseCsv('a,b\n"x"y,z')).toThrow(/Row 2 has text after a closing quote/);
  });

  it("reads an empty file as no records, and a quoted empty field as empty", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv('"",x')).toEqual([["", "x"]]);
  });
});
