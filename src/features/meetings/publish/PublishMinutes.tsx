import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Link,
  MessageBarBody,
  MessageBarActions,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Checkmark16Regular, Circle16Regular, Dismiss16Regular } from "@fluentui/react-icons";
import { Notice } from "../../../ui/Notice";
import { PUBLISH_STEPS, type PublishState } from "./usePublishMinutes";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  steps: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  step: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  button: { alignSelf: "flex-start" },
});

/** Where each step is: done, under way, failed or still to come (said in words, not only by the icon). */
function StepList({ state }: { state: PublishState }) {
  const s = useStyles();
  if (state.status === "idle") return null;
  return (
    <ol className={s.steps} aria-label="Publishing the minutes">
      {PUBLISH_STEPS.map((step) => {
        const isDone = state.done.includes(step.id);
        const current = state.status !== "done" && state.step === step.id;
        const failed = current && state.status === "failed";
        return (
          <li key={step.id} className={s.step}>
            {isDone ? (
              <Checkmark16Regular aria-hidden />
            ) : failed ? (
              <Dismiss16Regular aria-hidden />
            ) : current ? (
              <Spinner size="extra-tiny" aria-hidden />
            ) : (
              <Circle16Regular aria-hidden />
            )}
            <Text>
              {isDone ? step.done : failed ? `${step.label.replace(/…$/, "")}: failed` : step.label}
            </Text>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The chair's "Publish the minutes": a confirmation (published minutes are locked), then each step
 * with its progress; a failed step is named and "Try again" resumes from it.
 */
export function PublishMinutes({ state, onPublish }: { state: PublishState; onPublish: () => void }) {
  const s = useStyles();
  const running = state.status === "running";
  return (
    <section className={s.panel} aria-labelledby="publish-minutes-heading">
      <Text as="h2" id="publish-minutes-heading" size={500} weight="semibold">
        Publish the minutes
      </Text>
      {state.status === "idle" && (
        <>
          <Text>
            Publishing saves the minutes as a Word document in the board&apos;s papers, locks them and tells
            the board&apos;s channel.
          </Text>
          <Dialog modalType="alert">
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" className={s.button}>
                Publish the minutes
              </Button>
            </DialogTrigger>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>Publish the minutes?</DialogTitle>
                <DialogContent>
                  Published minutes cannot be changed: only a plan administrator can correct them later, as a
                  new version. Check every item first.
                </DialogContent>
                <DialogActions>
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="primary" onClick={onPublish}>
                      Publish
                    </Button>
                  </DialogTrigger>
                  <DialogTrigger disableButtonEnhancement>
                    <Button>Cancel</Button>
                  </DialogTrigger>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        </>
      )}
      <div role="status" aria-live="polite">
        {running && <Text>{PUBLISH_STEPS.find((x) => x.id === state.step)?.label}</Text>}
        {state.status === "done" && (
          <Notice intent="success">
            <MessageBarBody>
              The minutes are published and locked
              {state.channel ? `, and the ${state.channel} channel has a link to them` : ""}.{" "}
              <Link href={state.paper.url} target="_blank" rel="noreferrer">
                Open {state.paper.name} in SharePoint
              </Link>
            </MessageBarBody>
          </Notice>
        )}
      </div>
      <StepList state={state} />
      {state.status === "failed" && (
        <Notice intent="error">
          <MessageBarBody>
            {PUBLISH_STEPS.find((x) => x.id === state.step)?.label.replace(/…$/, "")} failed: {state.message}{" "}
            {state.done.length > 0 && "What was done before it is kept."}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onPublish}>Try again</Button>
          </MessageBarActions>
        </Notice>
      )}
    </section>
  );
}
