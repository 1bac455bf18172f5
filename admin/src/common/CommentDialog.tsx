import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

export interface CommentDialogProps {
  open: boolean;
  title: string;
  /** What the decision does, shown above the text box. */
  content?: string;
  label: string;
  confirmLabel: string;
  /** A reason is required for terminations, rejections and suspensions. */
  required?: boolean;
  busy?: boolean;
  color?: 'primary' | 'error' | 'warning' | 'success';
  onConfirm: (text: string) => void;
  onClose: () => void;
}

/** Asks for a comment or reason before a workflow step (审核意见, 终止原因…). Labels are message keys. */
export function CommentDialog({ open, title, content, label, confirmLabel, required, busy, color = 'primary', onConfirm, onClose }: CommentDialogProps) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const missing = required && text.trim() === '';
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" slotProps={{ transition: { onExited: () => setText('') } }}>
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent>
        {content && <DialogContentText sx={{ mb: 2 }}>{translate(content)}</DialogContentText>}
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={3}
          label={translate(label)}
          required={required}
          value={text}
          onChange={(event) => setText(event.target.value)}
          helperText={required ? translate('app.workflow.reason_required') : translate('app.workflow.comment_optional')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" color={color} disabled={busy || missing} onClick={() => onConfirm(text)}>
          {translate(confirmLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
