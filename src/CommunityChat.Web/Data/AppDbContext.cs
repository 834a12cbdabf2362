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

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await PostIndexing.ApplyAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PostIndexing.Apply(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
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
