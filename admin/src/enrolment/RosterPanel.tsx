import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { AutocompleteInput, Form, ReferenceInput, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useRunOperation } from '../common/useRunOperation';
import type { AppDataProvider } from '../dataProvider';
import type { ActivityFieldsFragment, ActivityRosterQuery } from '../generated/graphql';
import { rosterOps } from './applicationApi';

type Roster = NonNullable<ActivityRosterQuery['activity']>;

/**
 * 活动名单 on the activity page: the children placed on it (the database holds the seats: a full activity refuses
 * the next child), with 加入名单 for an enrolled child of the activity's grades and 移出 for each.
 */
export function RosterPanel() {
  const record = useRecordContext<ActivityFieldsFragment>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'rosters' });
  const { run, busy } = useRunOperation();
  const [roster, setRoster] = useState<Roster | null>(null);
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger, bumped after each change.
  useEffect(() => {
    if (!record) return;
    let current = true;
    // The whole roster, page by page (it is bounded by the activity's capacity): a child is found wherever they sort.
    (async () => {
      const first = (await dataProvider.execute(rosterOps.page(record.id, null))).data;
      if (!first) return first ?? null;
      const nodes = [...first.roster.nodes];
      let pageInfo = first.roster.pageInfo;
      while (current && pageInfo.hasNextPage && pageInfo.endCursor) {
        const next = (await dataProvider.execute(rosterOps.page(record.id, pageInfo.endCursor))).data;
        if (!next) break;
        nodes.push(...next.roster.nodes);
        pageInfo = next.roster.pageInfo;
      }
      return { ...first, roster: { ...first.roster, nodes, pageInfo } };
    })().then((whole) => {
      if (current) setRoster(whole);
    });
    return () => {
      current = false;
    };
  }, [dataProvider, record, version]);
  if (!record || !roster) return null;
  const reload = () => setVersion((v) => v + 1);
  const forget = ['activities', 'students'];
  const add = async (studentId: string) => {
    if (studentId && (await run(rosterOps.assign(record.id, studentId), { success: 'app.people.roster.added', forget }))) reload();
  };
  const remove = async (studentId: string) => {
    if (await run(rosterOps.remove(record.id, studentId), { success: 'app.people.roster.removed', forget })) reload();
  };
  return (
    <Box sx={{ mt: 2 }} data-testid="roster">
      <Typography variant="h6">{translate('app.people.roster.title')}</Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('app.people.roster.count', { count: roster.enrolledCount, capacity: roster.capacity })}
      </Typography>
      {roster.roster.nodes.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.people.roster.empty')}
        </Typography>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
        {roster.roster.nodes.map((student) => (
          <Chip
            key={student.id}
            label={translate('app.format.note', { text: student.name, note: student.className ?? '' })}
            onDelete={canAccess && !busy ? () => remove(student.id) : undefined}
          />
        ))}
      </Stack>
      {canAccess && record.status === 'ACTIVE' && (
        <Form key={version}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <PersonAddIcon color="action" />
            <ReferenceInput source="studentId" reference="students" filter={{ schoolId: record.schoolId, status: 'ACTIVE' }}>
              <AutocompleteInput
                optionText="name"
                label="app.people.roster.add"
                helperText="app.people.roster.add_hint"
                sx={{ minWidth: 280 }}
                onChange={(value: string) => add(value)}
              />
            </ReferenceInput>
          </Stack>
        </Form>
      )}
    </Box>
  );
}
