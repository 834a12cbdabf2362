using CommunityChat.Core.Posts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Data;

/// <summary>The database. SQLite is the default; <see cref="PostgresAppDbContext"/> is the same model with its own migrations.</summary>
public class AppDbContext : IdentityDbContext<User, IdentityRole<int>, int>
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<Community> Communities => Set<Community>();

    public DbSet<CommunityModerator> CommunityModerators => Set<CommunityModerator>();

    public DbSet<CommunityAgreement> CommunityAgreements => Set<CommunityAgreement>();

    public DbSet<Chat> Chats => Set<Chat>();

    public DbSet<ChatGuest> ChatGuests => Set<ChatGuest>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PostTag> PostTags => Set<PostTag>();

    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();

    public DbSet<PostLike> PostLikes => Set<PostLike>();

    public DbSet<Ban> Bans => Set<Ban>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Recap> Recaps => Set<Recap>();

    public DbSet<ProfileClaim> ProfileClaims => Set<ProfileClaim>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<Poll> Polls => Set<Poll>();

    public DbSet<PollVote> PollVotes => Set<PollVote>();

    public DbSet<Suggestion> Suggestions => Set<Suggestion>();

    public DbSet<SuggestionVote> SuggestionVotes => Set<SuggestionVote>();

    public DbSet<ChatAttendance> ChatAttendances => Set<ChatAttendance>();

    public DbSet<PersonAttendance> PersonAttendances => Set<PersonAttendance>();

    public DbSet<Lease> Leases => Set<Lease>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await PostIndexing.ApplyAsync(this, cancellationToken);
        var attendance = AttendanceKeeping.Affected(this);
        if (attendance.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The change and the figures it alters commit together (within the caller's transaction when there is one).
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await AttendanceKeeping.RefreshAsync(this, attendance, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>For <see cref="AttendanceKeeping"/>'s own rows, which change nothing it watches.</summary>
    internal Task<int> SaveChangesWithoutKeepingAsync(CancellationToken cancellationToken) => base.SaveChangesAsync(true, cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PostIndexing.Apply(this);
        var attendance = AttendanceKeeping.Affected(this);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (attendance.Count > 0)
        {
            // Only the demo data saves synchronously (at start-up, in EF's seeding callback): no request waits here.
            AttendanceKeeping.RefreshAsync(this, attendance, CancellationToken.None).GetAwaiter().GetResult();
        }

        return saved;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored in UTC and come back marked as UTC, on every provider.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<ChatStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PostKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AuthorRole>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ClaimStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ReportStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SuggestionStatus>().HaveConversion<string>().HaveMaxLength(16);
    }
}
