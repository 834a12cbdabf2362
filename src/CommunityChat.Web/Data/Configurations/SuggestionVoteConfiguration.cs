using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class SuggestionVoteConfiguration : IEntityTypeConfiguration<SuggestionVote>
{
    public void Configure(EntityTypeBuilder<SuggestionVote> builder)
    {
        // One vote per person per suggestion (rule 22): a second insert fails in the database, even when two race.
        builder.HasKey(v => new { v.SuggestionId, v.UserId });
        builder.HasOne<Suggestion>().WithMany().HasForeignKey(v => v.SuggestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
