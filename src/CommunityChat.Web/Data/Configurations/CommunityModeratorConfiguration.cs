using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class CommunityModeratorConfiguration : IEntityTypeConfiguration<CommunityModerator>
{
    public void Configure(EntityTypeBuilder<CommunityModerator> builder)
    {
        builder.HasKey(m => new { m.CommunityId, m.UserId });
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
