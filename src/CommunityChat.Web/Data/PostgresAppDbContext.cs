using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own so that EF keeps a separate, provider-specific set of migrations
/// (Data/Migrations/Postgres) beside SQLite's (Data/Migrations/Sqlite).
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
