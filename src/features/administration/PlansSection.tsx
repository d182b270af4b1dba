import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Link,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { hrefFor, navigate } from "../../app/route";
import { archivePlan, setPlanStatus, updatePlan } from "../../data/sharepoint/administration";
import { programmeNoun } from "../../domain/programmeWords";
import { planYearsOf } from "../../domain/reportingCalendar";
import type { Board, Plan } from "../../domain/types";
import { useCardListStyles } from "../../ui/cardList";
import { FieldSelect } from "../../ui/FieldSelect";
import { useNarrow } from "../../ui/useNarrow";
import { PlanForm } from "./PlanForm";
import { useAdminWrite } from "./queries";
import { ArchivedNotice, ProblemNotice, useAdminStyles } from "./shared";

const useStyles = makeStyles({
  surface: { maxWidth: "min(34rem, calc(100vw - 2 * 16px))", boxSizing: "border-box" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { flexWrap: "wrap" },
  dl: { display: "grid", gap: tokens.spacingVerticalXXS, margin: 0 },
  dd: { margin: 0, overflowWrap: "break-word" },
});

const years = (p: Plan) => `April ${p.startYear} to March ${p.endYear}`;

/**
 * Every plan on the site, a new one, and what can be done to the chosen one: edit its details, make
 * another of its years current, activate a draft, archive it (its boards become read-only).
 */
export function PlansSection({
  plans,
  plan,
  boards,
  thisYear,
  creating: startCreating = false,
}: {
  plans: Plan[];
  /** The plan chosen in the picker; undefined when there is none yet. */
  plan: Plan | undefined;
  boards: Board[];
  thisYear: number;
  creating?: boolean;
}) {
  const s = useAdminStyles();
  const cards = useCardListStyles();
  const narrow = useNarrow();
  const [form, setForm] = useState<"new" | "edit" | null>(startCreating ? "new" : null);

  const done = (planId: number | null) => {
    setForm(null);
    if (planId !== null && planId !== plan?.id) navigate({ name: "admin", section: "plans", planId });
  };

  const manage = (p: Plan) => (
    <Link
      href={hrefFor({ name: "admin", section: "plans", planId: p.id })}
      aria-current={p.id === plan?.id ? "true" : undefined}
    >
      {p.id === plan?.id ? `${p.title} (chosen)` : p.title}
    </Link>
  );

  return (
    <section className={s.section} aria-labelledby="plans-heading">
      <h2 id="plans-heading" className={s.h2}>
        Plans
      </h2>
      {form === "new" ? (
        <PlanForm plans={plans} thisYear={thisYear} onDone={done} />
      ) : (
        <div className={s.row}>
          <Button appearance="primary" onClick={() => setForm("new")}>
            New plan
          </Button>
        </div>
      )}
      {plans.length > 0 &&
        (narrow ? (
          <ul className={cards.list} aria-label="Plans">
            {plans.map((p) => (
              <li key={p.id} className={cards.item}>
                {manage(p)}
                <span>{years(p)}</span>
                <span>Current year {p.currentYear}</span>
                <span>{p.status}</span>
                <span>Calls its programmes “{programmeNoun(p)}”</span>
              </li>
            ))}
          </ul>
        ) : (
          <div className={s.scroll}>
            <table className={s.table}>
              <caption className={s.caption}>Plans, newest first. Choose one to manage it.</caption>
              <thead>
                <tr>
                  <th scope="col">Plan</th>
                  <th scope="col">Years</th>
                  <th scope="col">Current year</th>
                  <th scope="col">Status</th>
                  <th scope="col">Calls its programmes</th>
                </tr>
              </thead>
              <tbody>
                {plans.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{manage(p)}</th>
                    <td>{years(p)}</td>
                    <td>{p.currentYear}</td>
                    <td>{p.status}</td>
                    <td>{programmeNoun(p)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {plan && form === "edit" && (
        <PlanForm key={plan.id} plan={plan} plans={plans} thisYear={thisYear} onDone={done} />
      )}
      {plan && form !== "edit" && (
        <ChosenPlan
          key={plan.id}
          plan={plan}
          boards={boards.filter((b) => b.planId === plan.id)}
          onEdit={() => setForm("edit")}
        />
      )}
    </section>
  );
}

function ChosenPlan({ plan, boards, onEdit }: { plan: Plan; boards: Board[]; onEdit: () => void }) {
  const s = useAdminStyles();
  const own = useStyles();
  const archived = plan.status === "Archived";
  const [year, setYear] = useState(plan.currentYear);
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; what: string } | null>(null);
  const [said, setSaid] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Once the dialog has closed: its Archive button is gone, so focus goes to the plan's heading.
  const focusHeading = useRef(false);
  useEffect(() => {
    if (confirming || !focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [confirming]);

  const makeCurrent = useAdminWrite(
    ({ sp }, currentYear: string) =>
      updatePlan(
        sp,
        plan.id,
        {
          title: plan.title,
          startYear: plan.startYear,
          endYear: plan.endYear,
          currentYear,
          vision: plan.vision,
          programmeNoun: plan.programmeNoun,
          calendarRule: plan.calendarRule,
        },
        plan.etag,
      ).then(() => true),
    plan.title,
    plan.id,
  );
  const activate = useAdminWrite(
    ({ sp }, _: void) => setPlanStatus(sp, plan.id, "Active", plan.etag).then(() => true),
    plan.title,
    plan.id,
  );
  const archive = useAdminWrite(
    ({ sp, siteUrl, roles }, _: void) =>
      archivePlan(sp, siteUrl, plan, boards, roles, (done, total, what) =>
        setProgress({ done, total, what }),
      ).then(() => true),
    plan.title,
    plan.id,
  );
  const busy = makeCurrent.saving || activate.saving || archive.saving;

  const runArchive = async () => {
    setProgress({ done: 0, total: boards.length, what: "" });
    const archivedNow = await archive.run();
    setProgress(null);
    // On failure the dialog stays open, with the problem and Try again (archiving is safe to repeat).
    if (archivedNow) {
      setConfirming(false);
      setSaid(`${plan.title} is archived.`);
      focusHeading.current = true;
    }
  };

  return (
    <section className={s.section} aria-labelledby={`plan-${plan.id}-heading`}>
      <h3 id={`plan-${plan.id}-heading`} className={s.h3} ref={headingRef} tabIndex={-1}>
        {plan.title}
      </h3>
      {archived && <ArchivedNotice plan={plan} />}
      <dl className={own.dl}>
        <dt className={s.label}>Years</dt>
        <dd className={own.dd}>{years(plan)}</dd>
        <dt className={s.label}>Current year</dt>
        <dd className={own.dd}>{plan.currentYear}</dd>
        <dt className={s.label}>Status</dt>
        <dd className={own.dd}>{plan.status}</dd>
        <dt className={s.label}>Calls its programmes</dt>
        <dd className={own.dd}>{programmeNoun(plan)}</dd>
        {plan.vision && (
          <>
            <dt className={s.label}>Vision</dt>
            <dd className={own.dd}>{plan.vision}</dd>
          </>
        )}
      </dl>
      <div aria-live="polite" className={s.muted}>
        {said}
      </div>
      {!archived && (
        <>
          <ProblemNotice
            problem={makeCurrent.problem ?? activate.problem}
            onReload={() => void makeCurrent.reload()}
          />
          <div className={s.row}>
            <Button onClick={onEdit} disabled={busy}>
              Edit details
            </Button>
            {plan.status === "Draft" && (
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() =>
                  void activate.run().then((r) => {
                    if (r !== undefined) setSaid(`${plan.title} is active.`);
                  })
                }
              >
                Activate
              </Button>
            )}
          </div>
          <form
            className={s.row}
            onSubmit={(e) => {
              e.preventDefault();
              void makeCurrent.run(year).then((r) => {
                if (r !== undefined) setSaid(`${year} is now the current plan year.`);
              });
            }}
          >
            <Field label="Plan year">
              <FieldSelect value={year} onChange={(_, d) => setYear(d.value)}>
                {planYearsOf(plan).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </FieldSelect>
            </Field>
            <Button type="submit" disabled={busy || year === plan.currentYear}>
              Make current year {year}
            </Button>
          </form>
          <div className={s.row}>
            <Button disabled={busy} onClick={() => setConfirming(true)}>
              Archive…
            </Button>
          </div>
        </>
      )}
      {/* Mounted whatever the status, so it closes normally once the plan it archived reads as Archived. */}
      <Dialog
        open={confirming}
        modalType="alert"
        onOpenChange={(_, d) => {
          if (!archive.saving) setConfirming(d.open);
        }}
      >
        <DialogSurface className={own.surface}>
          <DialogBody>
            <DialogTitle>Archive {plan.title}?</DialogTitle>
            <DialogContent className={own.content}>
              <p className={s.text}>
                Its {boards.length === 1 ? "board becomes" : `${boards.length} boards become`} read-only for
                their members: nobody can change their actions, risks, meetings or highlight reports any more.
              </p>
              <p className={s.text}>
                The plan stays readable everywhere — board pages, the rollup and exports — for everyone who
                could read it before. Nothing is deleted.
              </p>
              {progress && (
                <Field
                  validationState="none"
                  validationMessage={
                    progress.total > 0
                      ? `Archiving: step ${progress.done} of ${progress.total}${progress.what ? ` — ${progress.what}` : ""}`
                      : "Archiving…"
                  }
                >
                  <ProgressBar
                    value={progress.total > 0 ? progress.done / progress.total : undefined}
                    aria-label="Archiving the plan"
                  />
                </Field>
              )}
              <ProblemNotice problem={archive.problem} onRetry={() => void runArchive()} />
            </DialogContent>
            <DialogActions className={own.actions}>
              <Button appearance="primary" disabled={archive.saving} onClick={() => void runArchive()}>
                {archive.saving ? "Archiving…" : "Archive the plan"}
              </Button>
              <Button disabled={archive.saving} onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
