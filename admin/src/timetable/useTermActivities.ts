import { useEffect } from 'react';
import { useInfiniteGetList } from 'react-admin';
import type { ActivityFieldsFragment } from '../generated/graphql';

const PAGE_SIZE = 100; // the API's largest page

/**
 * Every running activity of a term (a week's timetable: tens to a few hundred rows), fetched page by
 * page after each other's cursor until the connection ends.
 */
export function useTermActivities(termId: string) {
  const { data, isPending, error, hasNextPage, fetchNextPage, isFetchingNextPage } = useInfiniteGetList<ActivityFieldsFragment>(
    'activities',
    { filter: { termId, status: 'ACTIVE' }, pagination: { page: 1, perPage: PAGE_SIZE } },
    { enabled: !!termId },
  );
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const activities = data?.pages.flatMap((page) => page.data) ?? [];
  return { activities, isPending: !!termId && (isPending || !!hasNextPage), error };
}
