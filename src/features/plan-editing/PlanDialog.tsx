import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  type ButtonProps,
} from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";
import { Notice } from "../../ui/Notice";
import type { SaveProblem } from "./usePlanChange";

const useStyles = makeStyles({
  surface: { maxWidth: "min(40rem, calc(100vw - 2 * 16px))", boxSizing: "border-box" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { flexWrap: "wrap" },
  // As wide as its label, also when its parent is a column that stretches its children.
  trigger: { alignSelf: "flex-start" },
});

export interface PlanDialogProps {
  /** The button that opens the dialog; focus goes back to it when the dialog closes. */
  trigger: {
    label: string;
    ariaLabel?: string;
    appearance?: ButtonProps["appearance"];
    icon?: ButtonProps["icon"];
  };
  title: string;
  submitLabel: string;
  /** The dialog's state, from usePlanChange. */
  change: {
    open: boolean;
    setOpen: (open: boolean) => void;
    submit: () => void;
    saving: boolean;
    /** Why the last save failed, with the draft kept. */
    problem: SaveProblem | null;
    /** Bumped on each submit with errors: focus then moves to the first field that is wrong. */
    invalidTick: number;
  };
  children: ReactNode;
}

/**
 * Every chair's change is a Fluent dialog: its title names what will change, its fields are labelled,
 * focus moves into it when it opens and back to the button that opened it when it closes (Fluent's
 * DialogTrigger restores it), Escape cancels. A failed save keeps the draft and says so with Try again;
 * a clash says who changed the action meanwhile.
 */
export function PlanDialog({ trigger, title, submitLabel, change, children }: PlanDialogProps) {
  const { open, setOpen: onOpenChange, submit: onSubmit, saving, problem, invalidTick } = change;
  const s = useStyles();
  const surface = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (invalidTick === 0) return;
    surface.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalidTick]);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);
  return (
    <Dialog open={open} onOpenChange={(_, d) => onOpenChange(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button
          className={s.trigger}
          appearance={trigger.appearance}
          icon={trigger.icon}
          aria-label={trigger.ariaLabel}
        >
          {trigger.label}
        </Button>
      </DialogTrigger>
      <DialogSurface className={s.surface} ref={surface}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!saving) onSubmit();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={s.content}>
              {problem && (
                <div ref={problemRef} tabIndex={-1}>
                  <Notice intent={problem.kind === "conflict" ? "warning" : "error"} role="alert">
                    <MessageBarBody>
                      <MessageBarTitle>{problem.title}</MessageBarTitle>
                      {problem.text}
                    </MessageBarBody>
                    {problem.retry && (
                      <MessageBarActions>
                        <Button type="submit" disabled={saving}>
                          Try again
                        </Button>
                      </MessageBarActions>
                    )}
                  </Notice>
                </div>
              )}
              {children}
            </DialogContent>
            <DialogActions className={s.actions}>
              <Button appearance="primary" type="submit" disabled={saving}>
                {saving ? "Saving…" : submitLabel}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button disabled={saving}>Cancel</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
