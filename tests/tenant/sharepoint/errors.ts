import { json, type SimpleResponse } from "../http";

/** SharePoint's JSON-light error body: `{"odata.error":{code,message:{lang,value}}}`. */
export function spError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): SimpleResponse {
  return json(status, { "odata.error": { code, message: { lang: "en-US", value: message } } }, headers);
}

export class SpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
  toResponse(): SimpleResponse {
    return spError(this.status, this.code, this.message);
  }
}

export const accessDenied = (): SpFailure =>
  new SpFailure(
    403,
    "-2147024891, System.UnauthorizedAccessException",
    "Access denied. You do not have permission to perform this action or access this resource.",
  );

export const badRequest = (message: string): SpFailure =>
  new SpFailure(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", message);

export const fieldError = (message: string): SpFailure =>
  new SpFailure(400, "-2146232832, Microsoft.SharePoint.SPFieldValidationException", message);

export const itemMissing = (): SpFailure =>
  new SpFailure(
    404,
    "-2147024809, System.ArgumentException",
    "Item does not exist. It may have been deleted by another user.",
  );

export const listMissing = (title: string, site: string): SpFailure =>
  new SpFailure(
    404,
    "-1, System.ArgumentException",
    `List '${title}' does not exist at site with URL '${site}'.`,
  );

export const thresholdExceeded = (): SpFailure =>
  new SpFailure(
    500,
    "-2147024860, Microsoft.SharePoint.SPQueryThrottledException",
    "The attempted operation is prohibited because it exceeds the list view threshold.",
  );

export const lookupThresholdExceeded = (): SpFailure =>
  new SpFailure(
    500,
    "-2147024860, Microsoft.SharePoint.SPQueryThrottledException",
    "The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold enforced by the administrator.",
  );

export const etagMismatch = (sent: string, actual: string): SpFailure =>
  new SpFailure(
    412,
    "-1, Microsoft.SharePoint.Client.ClientServiceException",
    `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`,
  );

/** A file or folder that does not exist, or that the caller may not see (SharePoint does not say which). */
export const fileMissing = (): SpFailure =>
  new SpFailure(404, "-2147024894, System.IO.FileNotFoundException", "File Not Found.");

/** A REST request's JSON body as an object ({} when empty); anything else is refused as SharePoint refuses it. */
export function jsonObjectBody(body: string): Record<string, unknown> {
  if (body.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value === "object" && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    /* reported below */
  }
  throw badRequest("Invalid JSON. The request body is not a JSON object.");
}
