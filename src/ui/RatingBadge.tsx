import { Badge, type BadgeProps } from "@fluentui/react-components";
import {
  CheckmarkCircle16Regular,
  Circle16Regular,
  DismissCircle16Regular,
  ErrorCircle16Filled,
  QuestionCircle16Regular,
  Warning16Filled,
  CheckmarkCircle16Filled,
} from "@fluentui/react-icons";
import type { Rating } from "../domain/types";

/** Colour is never the only signal (WCAG 1.4.1): each rating has its own icon and its name in text. */
const LOOK: Record<
  Rating,
  { color: BadgeProps["color"]; appearance: BadgeProps["appearance"]; icon: JSX.Element }
> = {
  Red: { color: "danger", appearance: "filled", icon: <ErrorCircle16Filled /> },
  Amber: { color: "warning", appearance: "filled", icon: <Warning16Filled /> },
  Green: { color: "success", appearance: "filled", icon: <CheckmarkCircle16Filled /> },
  "Not rated": { color: "informative", appearance: "outline", icon: <QuestionCircle16Regular /> },
  "Not started": { color: "informative", appearance: "outline", icon: <Circle16Regular /> },
  Complete: { color: "brand", appearance: "tint", icon: <CheckmarkCircle16Regular /> },
  Withdrawn: { color: "subtle", appearance: "outline", icon: <DismissCircle16Regular /> },
};

export function RatingBadge({ rating, size = "medium" }: { rating: Rating; size?: BadgeProps["size"] }) {
  const look = LOOK[rating];
  return (
    <Badge color={look.color} appearance={look.appearance} icon={look.icon} size={size}>
      {rating}
    </Badge>
  );
}
