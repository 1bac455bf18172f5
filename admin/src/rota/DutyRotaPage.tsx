import SaveIcon from '@mui/icons-material/Save';
import { Alert, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { AutocompleteInput, Button, Form, LinearProgress, ReferenceInput, Title, useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { EmptyState } from '../common/EmptyState';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import type { AppDataProvider } from '../dataProvider';
import type { Weekday } from '../generated/graphql';
import { choiceOf, rotaOperations, weekdaysShown } from './rotaApi';

function RotaForm({ schoolId }: { schoolId: string }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'dutyRota' });
  const { run, busy } = useRunOperation();
  const { data, isPending, error } = useQuery({
    queryKey: ['dutyRota', schoolId],
    queryFn: async () => (await dataProvider.execute(rotaOperations.load(schoolId))).data,
  });
  const [choice, setChoice] = useState<Partial<Record<Weekday, string>>>({});
  // The form starts from the rota as stored, and again after each save (the page refreshes its queries).
  useEffect(() => setChoice(choiceOf(data?.rota)), [data]);
  if (isPending) return <LinearProgress />;
  if (error || !data) return <Alert severity="error">{translate('app.rota.unavailable')}</Alert>;
  const save = () => run(rotaOperations.save(schoolId, choice, data.rota?.version), { success: 'app.rota.saved' });
  return (
    <Stack spacing={2} sx={{ maxWidth: 480 }}>
      <Typography variant="body2" color="text.secondary">
        {translate('app.rota.basis')}
      </Typography>
      {data.leaders.length === 0 && <Alert severity="info">{translate('app.rota.no_leaders')}</Alert>}
      {weekdaysShown(data.rota, data.serviceDays).map((weekday) => (
        <TextField
          key={weekday}
          select
          size="small"
          label={translate(`app.enums.weekday.${weekday}`)}
          value={choice[weekday] ?? ''}
          disabled={!canAccess}
          onChange={(event) => setChoice({ ...choice, [weekday]: event.target.value })}
          slotProps={{ htmlInput: { 'data-weekday': weekday } }}
        >
          <MenuItem value="">{translate('app.rota.nobody')}</MenuItem>
          {data.leaders.map((leader) => (
            <MenuItem key={leader.id} value={leader.id}>
              {leader.name}
            </MenuItem>
          ))}
          {/* A leader on the rota who no longer holds the duty stays visible until the rota is changed. */}
          {data.rota?.days
            .filter((day) => day.weekday === weekday && !data.leaders.some((leader) => leader.id === day.staffId))
            .map((day) => (
              <MenuItem key={day.staffId} value={day.staffId}>
                {day.staff?.name ?? day.staffId}
              </MenuItem>
            ))}
        </TextField>
      ))}
      {canAccess && (
        <div>
          <Button label="app.rota.save" variant="contained" disabled={busy} onClick={save}>
            <SaveIcon />
          </Button>
        </div>
      )}
    </Stack>
  );
}

/** 值班表 (领导带班): which duty leader is on duty on each weekday of a school; the care log of a day is theirs. */
export default function DutyRotaPage() {
  const { identity } = useAppIdentity();
  const [params, setParams] = useSearchParams();
  const schoolId = identity?.role === 'SCHOOL_ADMIN' ? (identity.schoolId ?? '') : (params.get('schoolId') ?? '');
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.rota.title" />
      <CardContent>
        {identity?.role === 'DISTRICT_ADMIN' && (
          <Form key={schoolId} defaultValues={{ schoolId }}>
            <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput
                optionText="name"
                label="app.picker.school"
                sx={{ minWidth: 280 }}
                helperText={false}
                onChange={(value: string) => setParams(value ? { schoolId: value } : {}, { replace: true })}
              />
            </ReferenceInput>
          </Form>
        )}
        {schoolId ? <RotaForm key={schoolId} schoolId={schoolId} /> : <EmptyState title="app.rota.title" hint="app.rota.pick_school" />}
      </CardContent>
    </Card>
  );
}
