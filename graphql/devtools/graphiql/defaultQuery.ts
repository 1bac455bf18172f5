/** What the first tab shows: a query that works with the pre-filled demo token. */
export const defaultQuery = `# 课后服务平台 GraphQL API (local)
#
# The Headers tab carries a token of the demo district admin (区教育局管理员).
# The schema reference is at /docs; press Ctrl-Enter to run.

query Schools($first: Int = 5, $after: String) {
  viewer {
    sub
    role
  }
  schools(first: $first, after: $after) {
    totalCount
    nodes {
      id
      name
      code
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`;
