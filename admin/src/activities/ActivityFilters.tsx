import { AutocompleteInput, FormDataConsumer, ReferenceInput, SelectInput } from 'react-admin';
import { activityCategories, activityStatuses, weekdays } from '../common/enums';
import { useTermLabel } from '../common/SchoolTermPicker';

/** The term filter offers the terms of the chosen school (all terms a school admin may see otherwise). */
export function TermFilterInput({ source }: { source: string; alwaysOn?: boolean }) {
  const termLabel = useTermLabel();
  return (
    <FormDataConsumer<{ schoolId?: string }>>
      {({ formData }) => (
        <ReferenceInput source={source} reference="terms" filter={formData.schoolId ? { schoolId: formData.schoolId } : {}}>
          <AutocompleteInput optionText={termLabel} label="resources.activities.fields.termId" sx={{ minWidth: 240 }} />
        </ReferenceInput>
      )}
    </FormDataConsumer>
  );
}

/** List filters of the API's ActivityFilter, references shown by name. */
export function activityFilters(isDistrict: boolean) {
  return [
    ...(isDistrict
      ? [
          <ReferenceInput key="schoolId" source="schoolId" reference="schools" alwaysOn sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
          </ReferenceInput>,
        ]
      : []),
    <TermFilterInput key="termId" source="termId" alwaysOn />,
    <SelectInput key="weekday" source="weekday" choices={weekdays} />,
    <SelectInput key="category" source="category" choices={activityCategories} />,
    <ReferenceInput key="providerId" source="providerId" reference="providers">
      <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
    </ReferenceInput>,
    <SelectInput key="status" source="status" choices={activityStatuses} />,
  ];
}
