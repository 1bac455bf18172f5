import { changedFields, pickFields, withoutEmpty } from '../dataProvider/changes';
import { connectionPage, cursorStep, existing, pickFilter, type CoversAll } from '../dataProvider/connection';
import { operation, type PageRequest, type ResourceApi } from '../dataProvider/operation';
import {
  CreateStaffMemberDocument,
  DeleteStaffMemberDocument,
  StaffMemberCursorDocument,
  StaffMemberDocument,
  StaffMemberListDocument,
  UpdateStaffMemberDocument,
  type CreateStaffMemberInput,
  type StaffMemberFilter,
  type UpdateStaffMemberInput,
} from '../generated/graphql';

const updateFields = ['name', 'phone', 'duties', 'active'] as const;
const createFields = ['schoolId', ...updateFields] as const;
// Fails to compile when the SDL gains an input field the console does not send yet.
const checkCreate: CoversAll<CreateStaffMemberInput, typeof createFields> = createFields;
const checkUpdate: CoversAll<UpdateStaffMemberInput, typeof updateFields> = updateFields;
void checkCreate;
void checkUpdate;

const filterKeys = ['schoolId', 'duty', 'active', 'q', 'ids'] as const;
const listVariables = ({ filter, first, after }: PageRequest) => ({ filter: pickFilter<StaffMemberFilter>(filter, filterKeys), first, after });

export const staffApi: ResourceApi = {
  list: (request) => operation(StaffMemberListDocument, listVariables(request), (d) => connectionPage(d.staffMembers)),
  cursor: (request) => operation(StaffMemberCursorDocument, listVariables(request), (d) => cursorStep(d.staffMembers)),
  many: (ids) => operation(StaffMemberListDocument, { filter: { ids: ids.map(String) }, first: 100 }, (d) => d.staffMembers.nodes),
  referenceFilter: (target, id) => ({ [target]: id }),
  one: (id) => operation(StaffMemberDocument, { id: String(id) }, (d) => existing(d.staffMember, 'StaffMember', id)),
  create: (data) =>
    operation(CreateStaffMemberDocument, { input: withoutEmpty(pickFields(data, createFields)) as CreateStaffMemberInput }, (d) => d.createStaffMember),
  changes: (data, previous) => changedFields(data, previous, updateFields),
  update: (id, data, previous) =>
    operation(
      UpdateStaffMemberDocument,
      { id: String(id), input: changedFields(data, previous, updateFields) as UpdateStaffMemberInput, expectedVersion: Number(previous.version) },
      (d) => d.updateStaffMember,
    ),
  remove: (id) => operation(DeleteStaffMemberDocument, { id: String(id) }, (d) => ({ id: d.deleteStaffMember })),
};
