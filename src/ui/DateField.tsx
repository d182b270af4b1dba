import { Field } from "@fluentui/react-components";
import {
  DatePicker,
  defaultDatePickerStrings,
  type CalendarStrings,
  type DatePickerProps,
  type DatePickerValidationResultData,
} from "@fluentui/react-datepicker-compat";
import { forwardRef, useMemo, useRef } from "react";
import {
  EN_GB_DATE_NAMES,
  formatLongDate,
  isoFromLocalDate,
  localDateFromIso,
  parseEnGbDate,
} from "../domain/dates";
import type { IsoDate } from "../domain/types";

/** DayOfWeek.Monday: the compat package does not re-export the calendar's enum, only its type. */
const MONDAY = 1 as NonNullable<DatePickerProps["firstDayOfWeek"]>;

/** The calendar's words in en-GB; its defaults are en-US ("June 30, 2027", weeks from Sunday). */
const STRINGS: CalendarStrings = {
  ...defaultDatePickerStrings,
  ...EN_GB_DATE_NAMES,
  goToToday: "Go to today",
  prevMonthAriaLabel: "Previous month",
  nextMonthAriaLabel: "Next month",
  prevYearAriaLabel: "Previous year",
  nextYearAriaLabel: "Next year",
  closeButtonAriaLabel: "Close the calendar",
  selectedDateFormatString: "Selected date {0}",
  todayDateFormatString: "Today, {0}",
};

const longDate = (d: Date): string => formatLongDate(isoFromLocalDate(d));

/** How the calendar names days and months (its day buttons are labelled "30 June 2027"). */
const FORMATTING: NonNullable<DatePickerProps["dateTimeFormatter"]> = {
  formatDay: (d) => String(d.getDate()),
  formatMonth: (d, s) => s.months[d.getMonth()] ?? "",
  formatYear: (d) => String(d.getFullYear()),
  formatMonthDayYear: longDate,
  formatMonthYear: (d, s) => `${s.months[d.getMonth()] ?? ""} ${d.getFullYear()}`,
};

// Module-level so they are stable: the picker re-formats its text whenever formatDate changes identity.
const formatDate = (d?: Date): string => (d ? longDate(d) : "");
const parseDate = (text: string): Date | null => {
  const typed = parseEnGbDate(text);
  return typed.kind === "date" ? localDateFromIso(typed.iso) : null;
};

export interface DateFieldProps {
  label: string;
  hint?: string;
  validationMessage?: string;
  className?: string;
  value: IsoDate | null;
  /** Today where the person is: the calendar opens on it and marks it. */
  today: IsoDate;
  /** Earlier days are greyed out in the calendar; typed earlier dates still reach onChange, for the form's rules to refuse in words. */
  minDate?: IsoDate;
  /**
   * Once per entry (leaving the field, Enter, or a day chosen in the calendar): the date the field now
   * holds (null when emptied), and the typed text if it could not be read as a date — the field then
   * goes back to its last good date, so the form must say what was wrong with the text.
   */
  onChange: (date: IsoDate | null, unreadable: string | null) => void;
}

/**
 * A date field that shows and reads dates the en-GB way whatever the browser's
 * locale: `<input type="date">` follows the browser (mm/dd/yyyy in US English
 * and in headless Chromium). Type 30/06/2027 (or 30-06-2027, 30.6.2027,
 * 2027-06-30, 30 June 2027), or press Down arrow for a calendar whose weeks
 * start on Monday.
 */
export const DateField = forwardRef<HTMLInputElement, DateFieldProps>(function DateField(
  { label, hint, validationMessage, className, value, today, minDate, onChange },
  ref,
) {
  const typed = useRef("");
  /** What the picker selected just before it reports how the entry went (undefined: nothing this time). */
  const picked = useRef<Date | null | undefined>(undefined);
  // Stable Date objects: the picker re-formats its text (over what is being typed) whenever `value` changes identity.
  const selected = useMemo(() => (value ? localDateFromIso(value) : null), [value]);
  const todayDate = useMemo(() => localDateFromIso(today), [today]);
  const earliest = useMemo(() => (minDate ? localDateFromIso(minDate) : undefined), [minDate]);
  // The picker calls onSelectDate, then onValidationResult: report the two as one entry.
  const onValidationResult = ({ error }: DatePickerValidationResultData): void => {
    const date = picked.current;
    picked.current = undefined;
    if (error === "invalid-input") {
      onChange(value, typed.current);
    } else if (error === "out-of-bounds") {
      // Before minDate: the picker keeps it out of its own state, but the person typed a real date
      // and the form's rules say in words why it cannot be used.
      const read = parseEnGbDate(typed.current);
      onChange(read.kind === "date" ? read.iso : value, null);
    } else {
      onChange(date === undefined ? value : date && isoFromLocalDate(date), null);
    }
  };
  return (
    <Field label={label} hint={hint} validationMessage={validationMessage} className={className}>
      <DatePicker
        ref={ref}
        allowTextInput
        value={selected}
        onSelectDate={(d) => {
          picked.current = d ?? null;
        }}
        onChange={(_, d) => {
          typed.current = d.value;
        }}
        onValidationResult={onValidationResult}
        calendar={{
          // Choosing the date already shown does not reach onValidationResult: report it from here.
          onSelectDate: (d) => onChange(isoFromLocalDate(d), null),
        }}
        formatDate={formatDate}
        parseDateFromString={parseDate}
        placeholder="DD/MM/YYYY"
        firstDayOfWeek={MONDAY}
        strings={STRINGS}
        dateTimeFormatter={FORMATTING}
        today={todayDate}
        initialPickerDate={todayDate}
        minDate={earliest}
        showGoToToday
        // In the page, not a portal: the app's FluentProvider className (min-height 100vh, background) is
        // copied onto portal nodes, which then paint over the top of the page while the calendar is open.
        inlinePopup
      />
    </Field>
  );
});
