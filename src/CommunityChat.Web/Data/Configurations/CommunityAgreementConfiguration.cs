using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class CommunityAgreementConfiguration : IEntityTypeConfiguration<CommunityAgreement>
{
    public void Configure(EntityTypeBuilder<CommunityAgreement> builder)
    {
        // One agreement per person and community: agreeing twice (two tabs) is the same agreement.
        builder.HasKey(a => new { a.CommunityId, a.UserId });
        builder.HasOne<Community>().WithMany().HasForeignKey(a => a.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
