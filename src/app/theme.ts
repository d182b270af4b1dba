import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from "@fluentui/react-components";

export type ThemeName = "default" | "dark" | "contrast";

export const themes: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export const isThemeName = (v: unknown): v is ThemeName =>
  v === "default" || v === "dark" || v === "contrast";
