using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> builder)
    {
        // One vote per account per poll, final (rule 9): a second insert fails in the database, even when two race.
        builder.HasKey(v => new { v.PollId, v.UserId });
        builder.HasOne<Poll>().WithMany().HasForeignKey(v => v.PollId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
