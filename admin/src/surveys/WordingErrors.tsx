import { Alert, AlertTitle } from '@mui/material';
import { createContext, useContext, useDeferredValue, useEffect, useRef, useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { TextInput, useRecordContext, useTranslate, useWrappedSource, type TextInputProps } from 'react-admin';
import { useLocation } from 'react-router-dom';
import type { WordingPhrase } from '../dataProvider/errors';
import { phrasesFromState, wordingLines, wordingReason } from './wording';
import type { WordedSurvey } from '../../../functions/src/surveys/coerciveWording';
import { loadWordingRules, type WordingRules } from './wordingRules';

interface WordingState {
  /** What the API refused on the last publication (or the show page handed over). */
  refused: WordingPhrase[];
  setRefused: (phrases: WordingPhrase[]) => void;
  /** What the same rules find in the form as it is now; null until the rules have loaded. */
  live: WordingPhrase[] | null;
  setLive: (phrases: WordingPhrase[] | null) => void;
}

const WordingContext = createContext<WordingState>({ refused: [], setRefused: () => undefined, live: null, setLive: () => undefined });

export const useWording = () => useContext(WordingContext);

/** Holds the builder's wording findings: the last refusal, and the live check of what is typed. */
export function WordingProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const [refused, setRefused] = useState<WordingPhrase[]>(() => phrasesFromState(location.state));
  const [live, setLive] = useState<WordingPhrase[] | null>(null);
  return <WordingContext.Provider value={{ refused, setRefused, live, setLive }}>{children}</WordingContext.Provider>;
}

/**
 * The coercive-wording check while typing: the server's own rules and normaliser (functions/src/surveys/
 * coerciveWording.ts, loaded with the builder only), run on the title, intro, questions and options as they change.
 */
export function LiveWordingCheck() {
  const { setLive } = useWording();
  const [rules, setRules] = useState<WordingRules | null>(null);
  const values = useWatch({ name: ['title', 'intro', 'questions'] }) as [string | undefined, string | undefined, WordedSurvey['questions']];
  // Typing stays smooth: the check follows the latest text when the browser has a moment.
  const [title, intro, questions] = useDeferredValue(values);
  useEffect(() => {
    let current = true;
    loadWordingRules().then((loaded) => current && setRules(() => loaded));
    return () => {
      current = false;
    };
  }, []);
  useEffect(() => {
    if (!rules) return;
    const findings = rules.findCoerciveWording(rules.surveyWordingTexts({ title, intro, questions }));
    setLive(findings.map(({ field, phrase, reason, rule }) => ({ field, phrase, reason, rule })));
  }, [rules, title, intro, questions, setLive]);
  return null;
}

/** The phrases flagged in one input (its full form path, e.g. `questions.1.options.0`). */
export function useFieldWording(source: string): WordingPhrase[] {
  const { refused, live } = useWording();
  const field = useWrappedSource(source);
  return (live ?? refused).filter((found) => found.field === field);
}

/** A text input of the builder that the wording check marks: highlighted, with each phrase and why below it. */
export function WordingTextInput(props: TextInputProps) {
  const translate = useTranslate();
  const phrases = useFieldWording(props.source);
  if (phrases.length === 0) return <TextInput {...props} />;
  const items = phrases.map((found) => `“${found.phrase}”（${wordingReason(found, translate)}）`).join('；');
  return (
    <TextInput
      {...props}
      className={[props.className, 'wording-flagged'].filter(Boolean).join(' ')}
      helperText={<span data-testid="wording-hint">{translate('resources.surveys.wording.flagged', { items })}</span>}
      sx={{
        ...props.sx,
        '& .MuiFilledInput-root': { bgcolor: 'rgba(237, 108, 2, 0.08)' },
        '& .MuiFilledInput-root::before, & .MuiFilledInput-root::after': { borderBottomColor: 'warning.main', borderBottomWidth: 2 },
        '& .MuiFormHelperText-root': { color: 'warning.dark' },
      }}
    />
  );
}

/**
 * The summary above the form: every flagged phrase with where it is and why — an error after a refused publication,
 * a warning while typing. Saving a new version clears the refusal (the next publication checks again).
 */
export function WordingErrors() {
  const translate = useTranslate();
  const { refused, setRefused, live } = useWording();
  const record = useRecordContext();
  const summary = useRef<HTMLDivElement>(null);
  const version = useRef(record?.version);

  useEffect(() => {
    if (record?.version === version.current) return;
    version.current = record?.version;
    setRefused([]);
  }, [record?.version, setRefused]);

  useEffect(() => {
    if (refused.length) summary.current?.focus();
  }, [refused]);

  const lines = wordingLines(live ?? refused, translate);
  if (lines.length === 0) return null;
  const wasRefused = refused.length > 0;
  return (
    <Alert
      severity={wasRefused ? 'error' : 'warning'}
      ref={summary}
      tabIndex={-1}
      sx={{ mb: 2, width: '100%', boxSizing: 'border-box' }}
      data-testid="wording-summary"
    >
      <AlertTitle>{translate(wasRefused ? 'resources.surveys.wording.title' : 'resources.surveys.wording.live_title')}</AlertTitle>
      {translate(wasRefused ? 'resources.surveys.wording.hint' : 'resources.surveys.wording.live_hint')}
      <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Alert>
  );
}
