import { Alert, AlertTitle } from '@mui/material';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useRecordContext, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { wordingErrors, type WordingPhrase } from '../dataProvider/errors';
import { phrasesFromState, wordingLines } from './wording';

interface WordingState {
  phrases: WordingPhrase[];
  setPhrases: (phrases: WordingPhrase[]) => void;
}

const WordingContext = createContext<WordingState>({ phrases: [], setPhrases: () => undefined });

export const useWording = () => useContext(WordingContext);

/** Holds the phrases of the last refused publication: from this page, or handed over by the show page. */
export function WordingProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const [phrases, setPhrases] = useState<WordingPhrase[]>(() => phrasesFromState(location.state));
  return <WordingContext.Provider value={{ phrases, setPhrases }}>{children}</WordingContext.Provider>;
}

/**
 * A refused publication inside the builder: each offending input is marked with its phrase and the
 * reason, and a summary lists them all. Saving a new version clears them (the next publication
 * checks again).
 */
export function WordingErrors() {
  const translate = useTranslate();
  const { phrases, setPhrases } = useWording();
  const { setError } = useFormContext();
  const record = useRecordContext();
  const summary = useRef<HTMLDivElement>(null);
  const version = useRef(record?.version);

  useEffect(() => {
    if (record?.version === version.current) return;
    version.current = record?.version;
    setPhrases([]);
  }, [record?.version, setPhrases]);

  useEffect(() => {
    for (const [field, message] of Object.entries(wordingErrors(phrases))) setError(field, { type: 'server', message }, { shouldFocus: false });
    if (phrases.length) summary.current?.focus();
  }, [phrases, setError]);

  if (phrases.length === 0) return null;
  return (
    <Alert severity="error" ref={summary} tabIndex={-1} sx={{ mb: 2, width: '100%', boxSizing: 'border-box' }}>
      <AlertTitle>{translate('resources.surveys.wording.title')}</AlertTitle>
      {translate('resources.surveys.wording.hint')}
      <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
        {wordingLines(phrases, translate).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Alert>
  );
}
