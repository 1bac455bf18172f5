import { useMemo } from 'react';
import { CheckboxGroupInput, TimeInput, useTranslate, type CheckboxGroupInputProps, type TimeInputProps } from 'react-admin';
import { GRADES } from './enums';

// react-admin's TimeInput turns `HH:mm` into a Date of today; the API's LocalTime is the plain text.
const keepText = (value: string | null | undefined) => value || null;
const showText = (value: string | null | undefined) => value ?? '';

/** An `HH:mm` school-local time, stored as the API's LocalTime string. */
export function LocalTimeInput(props: TimeInputProps) {
  return <TimeInput parse={keepText} format={showText} {...props} />;
}

/** Grades 1–9 as checkboxes labelled `1 年级`. */
export function GradesInput(props: Omit<CheckboxGroupInputProps, 'choices'>) {
  const translate = useTranslate();
  const choices = useMemo(() => GRADES.map((grade) => ({ id: grade, name: translate('app.enums.grade', { grade }) })), [translate]);
  return <CheckboxGroupInput choices={choices} translateChoice={false} {...props} />;
}

/** Radio and select inputs hand back strings; Int fields of the API need numbers. */
export const parseNumber = (value: unknown) => (value === '' || value == null ? null : Number(value));
