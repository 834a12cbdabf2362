namespace CommunityChat.Web.Data;

/// <summary>
/// The attendance of chats that ended before it was kept (SPEC rule 32): run once by the migration that made the
/// tables, on either provider; from then on <see cref="AttendanceKeeping"/> keeps it.
/// </summary>
internal static class AttendanceBackfill
{
    public const string Sql = """
        INSERT INTO "ChatAttendances" ("ChatId", "UserId", "CommunityId")
        SELECT DISTINCT p."ChatId", p."AuthorId", c."CommunityId"
        FROM "Posts" p JOIN "Chats" c ON c."Id" = p."ChatId"
        WHERE c."Status" = 'Ended' AND p."DeletedAt" IS NULL AND p."Sequence" IS NOT NULL AND NOT p."Hidden" AND p."Kind" <> 'Question';

        INSERT INTO "PersonAttendances" ("CommunityId", "UserId", "Chats", "FirstChatId", "FirstChatAt", "LastChatId")
        SELECT x."CommunityId", x."UserId", COUNT(*),
            MIN(CASE WHEN x."First" = 1 THEN x."ChatId" END), MIN(CASE WHEN x."First" = 1 THEN x."At" END),
            MIN(CASE WHEN x."Last" = 1 THEN x."ChatId" END)
        FROM (
            SELECT a."CommunityId", a."UserId", a."ChatId", COALESCE(c."StartedAt", c."ScheduledStart") AS "At",
                ROW_NUMBER() OVER (PARTITION BY a."CommunityId", a."UserId" ORDER BY COALESCE(c."StartedAt", c."ScheduledStart"), c."Id") AS "First",
                ROW_NUMBER() OVER (PARTITION BY a."CommunityId", a."UserId" ORDER BY COALESCE(c."StartedAt", c."ScheduledStart") DESC, c."Id" DESC) AS "Last"
            FROM "ChatAttendances" a JOIN "Chats" c ON c."Id" = a."ChatId"
        ) x
        GROUP BY x."CommunityId", x."UserId";
        """;
}
