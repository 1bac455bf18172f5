import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { policyPresetNames, policyPresets, type PolicyPresetName } from './policyPresets';

/**
 * 预设: fills the policy form with a seed district's rules (篇二, 篇三, 篇五). Nothing is saved until 保存, so the
 * district can review and adjust; the fields a preset does not name keep their values.
 */
export function PolicyPresets() {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [applied, setApplied] = useState<PolicyPresetName | null>(null);
  const apply = (name: PolicyPresetName) => {
    for (const [field, value] of Object.entries(policyPresets[name])) setValue(field, value, { shouldDirty: true, shouldValidate: true });
    setApplied(name);
  };
  return (
    <Stack spacing={1} sx={{ mb: 1, width: '100%' }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('app.policy.presets.title')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        {policyPresetNames.map((name) => (
          <Button key={name} variant="outlined" size="small" onClick={() => apply(name)} title={translate(`app.policy.presets.${name}.hint`)}>
            {translate(`app.policy.presets.${name}.label`)}
          </Button>
        ))}
      </Stack>
      {applied && <Alert severity="info">{translate('app.policy.presets.applied', { name: translate(`app.policy.presets.${applied}.label`) })}</Alert>}
    </Stack>
  );
}
