using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(40);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Hashtag).HasMaxLength(50);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.CodeOfConduct).HasMaxLength(10000);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.HasMany(c => c.Moderators).WithOne().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}
