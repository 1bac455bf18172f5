import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** A contract as people name it: `绿茵少儿足球俱乐部 · 城关第一实验小学`. */
export function ContractTitle() {
  const record = useRecordContext();
  if (!record) return null;
  return <span>{[record.provider?.name ?? record.providerId, record.school?.name].filter(Boolean).join(' · ')}</span>;
}

/** The contract's term, from the names that come with the contract (provider users cannot read terms). */
export function ContractTerm(_props: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.term) return null;
  return (
    <Typography component="span" variant="body2">
      {`${record.term.schoolYear} ${translate(`app.enums.semester.${record.term.semester}`)}`}
    </Typography>
  );
}
