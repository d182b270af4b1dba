import type { SPFI } from "@pnp/sp";
import "@pnp/sp/files";
import "@pnp/sp/folders";
import { z } from "zod";
import { BoardPapers, listSitePath } from "../../../manifest";
import type { Board } from "../../domain/types";
import { DataError, toDataError } from "../errors";

/** A file in a board's folder of the board papers library. */
export interface BoardPaper {
  name: string;
  /** Server-relative, e.g. /sites/trustboards/TBBoardPapers/early-help/minutes.docx */
  serverRelativeUrl: string;
  /** Absolute: what a link (a channel message, the meeting's TBDocumentUrl) carries. */
  url: string;
  /** The file's major version: 1 when new, one more on each overwrite (the library keeps the old ones). */
  version: number;
  length: number;
}

const FileInfo = z.object({
  Name: z.string(),
  ServerRelativeUrl: z.string(),
  MajorVersion: z.number().nullish(),
  UIVersionLabel: z.string().nullish(),
  Length: z.union([z.string(), z.number()]).nullish(),
});

/** The server-relative folder of a board in the library: /sites/<site>/TBBoardPapers/<folder>. */
export function boardPapersFolder(siteUrl: string, folder: string): string {
  return `${new URL(siteUrl).pathname.replace(/\/$/, "")}/${listSitePath(BoardPapers)}/${folder}`;
}

/** The absolute URL of a file, for links. */
export const paperUrl = (siteUrl: string, serverRelativeUrl: string): string =>
  `${new URL(siteUrl).origin}${serverRelativeUrl.split("/").map(encodeURIComponent).join("/")}`;

/**
 * The server-relative path of a file from its absolute URL (what a meeting's TBDocumentUrl holds):
 * the inverse of `paperUrl`, for downloading it. Null when the URL is not on the site's host.
 */
export function paperPathFromUrl(siteUrl: string, url: string): string | null {
  try {
    const u = new URL(url);
    if (u.origin !== new URL(siteUrl).origin) return null;
    return decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
}

const validName = (name: string): boolean => name.trim() !== "" && !/[\\/:*?"<>|#%]/.test(name);

/**
 * Uploads a file into the board's folder (replacing one of the same name: the library keeps the old
 * one as a version). Only the board's members and chairs may; anyone else gets DataError "access".
 * Simple uploads suit documents of a few megabytes; larger files need PnPjs's addChunked.
 */
export async function uploadBoardPaper(
  sp: SPFI,
  siteUrl: string,
  board: Pick<Board, "folder">,
  name: string,
  content: ArrayBuffer | Blob,
): Promise<BoardPaper> {
  if (!validName(name)) throw new DataError("invalid", `"${name}" cannot be a file name in SharePoint.`);
  try {
    const raw: unknown = await sp.web
      .getFolderByServerRelativePath(boardPapersFolder(siteUrl, board.folder))
      .files.addUsingPath(name, content, { Overwrite: true });
    const info = FileInfo.parse(raw);
    return {
      name: info.Name,
      serverRelativeUrl: info.ServerRelativeUrl,
      url: paperUrl(siteUrl, info.ServerRelativeUrl),
      version: info.MajorVersion ?? Number((info.UIVersionLabel ?? "1").split(".")[0]),
      length: Number(info.Length ?? 0),
    };
  } catch (e) {
    throw toDataError(e);
  }
}

/** Downloads a file's bytes (e.g. to open the published minutes from the tab). */
export async function downloadBoardPaper(sp: SPFI, serverRelativeUrl: string): Promise<ArrayBuffer> {
  try {
    return await sp.web.getFileByServerRelativePath(serverRelativeUrl).getBuffer();
  } catch (e) {
    throw toDataError(e);
  }
}
