import { useRecordContext, useTranslate } from 'react-admin';

/** A term as people name it: `2026-2027 第一学期（秋季）`. */
export function TermTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {record.schoolYear} {translate(`app.enums.semester.${record.semester}`)}
    </span>
  );
}
