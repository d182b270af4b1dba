import { PERMISSION_KIND, type PermissionKind } from "../../manifest";

/**
 * SP.BasePermissions for a set of permission kinds: the 64-bit mask as two 32-bit halves (decimal
 * strings), bit (kind − 1) for each SP.PermissionKind
 * (https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee536458(v=office.15)).
 */
export function basePermissionsOf(kinds: readonly PermissionKind[]): { High: string; Low: string } {
  let low = 0n;
  let high = 0n;
  for (const k of kinds) {
    const bit = BigInt(PERMISSION_KIND[k] - 1);
    if (bit < 32n) low |= 1n << bit;
    else high |= 1n << (bit - 32n);
  }
  return { High: high.toString(), Low: low.toString() };
}
