using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.Property(p => p.Question).HasMaxLength(280);
        builder.HasOne<Chat>().WithMany().HasForeignKey(p => p.ChatId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ChatId);
        builder.HasIndex(p => new { p.CloseAnnounced, p.ClosesAt });
    }
}
