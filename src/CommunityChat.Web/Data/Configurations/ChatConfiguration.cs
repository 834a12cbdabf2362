using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class ChatConfiguration : IEntityTypeConfiguration<Chat>
{
    public void Configure(EntityTypeBuilder<Chat> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(80);
        builder.HasIndex(c => new { c.CommunityId, c.Slug }).IsUnique();
        builder.HasIndex(c => new { c.Status, c.ScheduledStart });
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Topic).HasMaxLength(500);
        builder.Property(c => c.Format).HasMaxLength(500);
        builder.Property(c => c.Hashtag).HasMaxLength(50);
        builder.Property(c => c.ImportFingerprint).HasMaxLength(64);
        builder.HasIndex(c => new { c.CommunityId, c.ImportFingerprint }).IsUnique();
        builder.HasOne(c => c.Community).WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Host).WithMany().HasForeignKey(c => c.HostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Guests).WithOne().HasForeignKey(g => g.ChatId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Questions).WithOne().HasForeignKey(q => q.ChatId).OnDelete(DeleteBehavior.Cascade);
    }
}
