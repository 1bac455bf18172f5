import type {
  CareBoardResolvers,
  CareBoardSchoolRowResolvers,
  CareBoardSessionResolvers,
  CarePickupChildResolvers,
  QueryResolvers,
} from '../generated/resolvers';

/** The read side of daily care: the today board, the district board, a school's care logs. */
export const careBoardQueries: Pick<QueryResolvers, 'careBoard' | 'districtCareBoard' | 'careLogs'> = {
  careBoard: (_parent, { schoolId, date }, { viewer, services }) => services.careBoard.board(viewer, schoolId, date),
  districtCareBoard: (_parent, { date }, { viewer, services }) => services.careBoard.district(viewer, date),
  careLogs: (_parent, { schoolId, from, to }, { viewer, services }) => services.careBoard.careLogs(viewer, schoolId, from, to),
};

export const careBoardFields: CareBoardResolvers = {};

export const careBoardSessionFields: CareBoardSessionResolvers = {
  activity: async (session, _args, { loaders }) => (await loaders.activity.load(session.activityId)) ?? null,
};

export const carePickupChildFields: CarePickupChildResolvers = {
  student: async (child, _args, { loaders }) => (await loaders.student.load(child.studentId)) ?? null,
};

export const careBoardSchoolRowFields: CareBoardSchoolRowResolvers = {
  school: async (row, _args, { loaders }) => (await loaders.school.load(row.schoolId)) ?? null,
};
