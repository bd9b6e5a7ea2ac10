import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { queueAt } from '../../../domain/activities/scenario-channel';
import type { ReplyJudgement } from '../../../domain/activities/reply-rubric';
import { findNode, initialVariables, step } from '../../../domain/activities/scenario-engine';
import type { Action } from '../../../domain/activities/scenario-engine';
import type { Scenario } from '../../../domain/activities/scenario-types';
import { presentationSeed } from '../../../domain/activities/presentation';
import { usePrefetchReader, useReader } from '../language/load-reader';
import { useActivityProgress, useProgressActions, useShuffleSeed } from '../../../state/progress/selectors';
import { useLessonSlug } from '../lesson-context';
import {
  countSavedActions,
  freshAnswers,
  readRolePlayAnswers,
  replaySaved,
  saveAfterMove,
  scenarioSummary,
} from './role-play-answers';
import { Choices } from './role-play-choices';
import { Debrief } from './role-play-debrief';
import { ConversationLog } from './role-play-log';
import { Meters, PersonaCard } from './role-play-persona';
import { StartOver } from './role-play-start-over';
import './role-play.css';

export interface RolePlayProps {
  /** The id the lesson named (`<RolePlay scenario="…" />`). */
  scenarioId: string;
  /** That scenario, looked up by the content layer; undefined when no scenario has the id. */
  scenario: Scenario | undefined;
  /** Saves under this id instead of the scenario's (the activities page uses it to keep its own progress). */
  id?: string;
}

/**
 * A branching customer conversation: `<RolePlay scenario="billing-error" />`. Every move is saved,
 * so a half-finished conversation carries on after a reload; the end shows a debrief.
 */
export function RolePlay({ scenarioId, scenario, id }: RolePlayProps) {
  const activityId = id ?? scenarioId;
  if (!scenario) {
    return (
      <section id={activityId} className="roleplay roleplay-missing">
        <p className="activity-eyebrow">Role-play</p>
        <p>
          <strong>This role-play cannot be shown.</strong> There is no scenario called “{scenarioId}”. The
          rest of the lesson works as usual.
        </p>
      </section>
    );
  }
  return <RolePlayBody key={`${activityId}:${scenario.id}`} activityId={activityId} scenario={scenario} />;
}

/**
 * Where focus goes once a move is on screen: the feedback of the turn just played, or the log after a
 * restart. The request names the turn count (or run) it waits for, so a render that does not show the move
 * yet (the component's own state can render before the saved move comes back from the store) leaves it in
 * place instead of using it up on the previous turn's feedback.
 */
type FocusRequest = { target: 'feedback'; turns: number } | { target: 'log'; run: number } | null;

function RolePlayBody({ activityId, scenario }: { activityId: string; scenario: Scenario }) {
  const lesson = useLessonSlug();
  const saved = useActivityProgress(activityId);
  const { saveActivity } = useProgressActions();
  const learnerSeed = useShuffleSeed();
  const summary = useMemo(() => scenarioSummary(scenario), [scenario]);
  const answers = useMemo(() => readRolePlayAnswers(saved?.answers), [saved?.answers]);
  const replayed = useMemo(() => replaySaved(scenario, answers.actions), [scenario, answers.actions]);
  const start = useMemo(() => initialVariables(scenario), [scenario]);
  // The language tools: prefetched while idle when the scenario has a free-text turn, and loaded at once
  // when saved progress holds typed replies whose reading must be shown again.
  usePrefetchReader(scenario.nodes.some((n) => n.kind === 'turn' && n.freeText !== undefined));
  const typedBefore = replayed.ok && replayed.state.history.some((e) => e.text !== undefined);
  const { reader: coach } = useReader(typedBefore);
  const judgements = useMemo(
    () =>
      (replayed.ok ? replayed.state.history : []).map((entry): ReplyJudgement | null | undefined => {
        const node = findNode(scenario, entry.nodeId);
        if (entry.text === undefined || node?.kind !== 'turn') return undefined;
        return coach ? coach.judgeReply(node, entry.text, coach.read(entry.text)) : null;
      }),
    [replayed, scenario, coach],
  );

  // What the learner saw on arriving: how many turns were already played, and whether they were resuming.
  const [arrival] = useState(() => {
    const played = replayed.ok ? replayed.state.history.length : 0;
    const ended = replayed.ok && replayed.state.ended;
    const dropped = countSavedActions(saved?.answers) > answers.actions.length;
    return {
      played,
      resumed: played > 0 && !ended,
      changed: replayed.ok && (replayed.state.error !== null || dropped),
    };
  });
  const [settledTurns, setSettledTurns] = useState(arrival.played);
  const [run, setRun] = useState(0);
  const [notice, setNotice] = useState<'resumed' | 'changed' | null>(
    arrival.changed ? 'changed' : arrival.resumed ? 'resumed' : null,
  );
  const [replyError, setReplyError] = useState<string | null>(null);

  const focusNext = useRef<FocusRequest>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const turnsShown = replayed.ok ? replayed.state.history.length : -1;
  useEffect(() => {
    const request = focusNext.current;
    if (!request) return;
    if (request.target === 'feedback') {
      if (turnsShown !== request.turns || !feedbackRef.current) return;
      focusNext.current = null;
      feedbackRef.current.focus();
    } else {
      if (run !== request.run || turnsShown !== 0) return;
      focusNext.current = null;
      logRef.current?.focus();
    }
  });

  const titleId = useId();
  const header = (
    <>
      <p className="activity-eyebrow">Role-play</p>
      <h3 className="rp-title" id={titleId}>
        {scenario.title}
      </h3>
      <p className="rp-summary">{scenario.summary}</p>
    </>
  );

  if (!replayed.ok) {
    return (
      <section id={activityId} className="roleplay" aria-labelledby={titleId}>
        {header}
        <p className="rp-notice">
          <strong>This role-play cannot be played just now.</strong> {replayed.message}
        </p>
      </section>
    );
  }
  const state = replayed.state;

  const act = (action: Action) => {
    const result = step(scenario, state, action);
    if (!result.ok) {
      if (action.type === 'reply') setReplyError(result.error);
      return;
    }
    // Asked for before anything changes, so whichever render first shows the move can honour it.
    focusNext.current = { target: 'feedback', turns: result.state.history.length };
    setReplyError(null);
    setNotice(null);
    saveActivity(
      activityId,
      saveAfterMove({
        lesson,
        scenario,
        state: result.state,
        entry: result.entry,
        log: answers.log.slice(0, state.actions.length),
        maxScore: summary.maxScore,
        at: new Date().toISOString(),
        previousScore: saved?.score,
        round: answers.round,
      }),
    );
  };

  const restart = () => {
    focusNext.current = { target: 'log', run: run + 1 };
    saveActivity(activityId, {
      lesson,
      kind: 'roleplay',
      answers: freshAnswers((answers.round ?? 0) + 1),
      completed: false,
      ...(saved?.score !== undefined ? { score: saved.score } : {}),
    });
    setNotice(null);
    setReplyError(null);
    setSettledTurns(-1);
    setRun((n) => n + 1);
  };

  const firstName = scenario.persona.name.split(/\s+/)[0] ?? scenario.persona.name;
  return (
    <section id={activityId} className="roleplay" aria-labelledby={titleId}>
      {header}
      <PersonaCard scenario={scenario} start={start} waiting={queueAt(scenario, state.trail)} />
      {notice && (
        <p className="rp-notice" role="status">
          {notice === 'resumed'
            ? 'Welcome back. The conversation carries on from where you left it.'
            : `This role-play has changed since you last played it, so we kept your first ${state.history.length} ${
                state.history.length === 1 ? 'reply' : 'replies'
              } and you can carry on from there.`}
        </p>
      )}
      <ConversationLog
        key={`log-${run}`}
        scenario={scenario}
        state={state}
        settledTurns={settledTurns}
        logRef={logRef}
        latestFeedbackRef={feedbackRef}
        judgements={judgements}
      />
      <Meters name={scenario.persona.name} variables={state.variables} />
      {state.node && (
        <Choices
          node={state.node}
          customer={firstName}
          seed={presentationSeed(learnerSeed, activityId, answers.round ?? 0, state.node.id)}
          onChoose={(choiceId) => act({ type: 'choose', choiceId })}
          onReply={(text, choiceId) => act({ type: 'reply', text, choiceId })}
          replyError={replyError}
        />
      )}
      {state.ended && <Debrief state={state} summary={summary} onReplay={restart} />}
      {!state.ended && state.history.length > 0 && (
        <StartOver key={`start-over-${run}`} onConfirm={restart} />
      )}
    </section>
  );
}
