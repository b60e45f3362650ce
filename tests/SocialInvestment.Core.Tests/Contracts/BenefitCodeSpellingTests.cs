using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Contracts;

public class BenefitCodeSpellingTests
{
    private static Contract WithBenefits(params string[] codes) => new(
        "test",
        new ObservationWindow(WindowAnchor.Start, 104),
        [new EnrolmentTrigger("enrolled")],
        [new FixedPayment("fee", "enrolled", 100m)],
        benefits: codes.ToDictionary(c => c, _ => BenefitClass.Support));

    [Theory]
    [InlineData("kontanthjaelp", "kontanthjælp")]
    [InlineData("KONTANTHJÆLP", "kontanthjælp")]
    [InlineData("su", "SU")]
    [InlineData("foerste", "Første")]
    [InlineData("aarhus", "Århus")]
    [InlineData("Aarhus", "århus")]
    public void Codes_are_spelled_alike_after_folding_case_and_ae_oe_aa(string a, string b) =>
        Assert.True(BenefitCodeSpelling.Alike(a, b));

    [Theory]
    [InlineData("kontanthjælp", "kontanthjalp")]
    [InlineData("su", "s u")]
    [InlineData("ledighed", "ledighedsydelse")]
    [InlineData("a", "å")]
    public void Codes_that_differ_otherwise_are_not_spelled_alike(string a, string b) =>
        Assert.False(BenefitCodeSpelling.Alike(a, b));

    [Fact]
    public void A_decomposed_å_folds_as_the_composed_one() =>
        Assert.True(BenefitCodeSpelling.Alike("a\u030Angsydelse", "aangsydelse"));

    [Fact]
    public void The_contract_names_its_codes_spelled_like_an_unmapped_one_in_ordinal_order()
    {
        Contract contract = WithBenefits("kontanthjælp", "Kontanthjaelp", "su", "ledighedsydelse");
        Assert.Equal(["Kontanthjaelp", "kontanthjælp"], contract.BenefitCodesSpelledLike("KONTANTHJAELP"));
        Assert.Equal(["su"], contract.BenefitCodesSpelledLike("SU"));
        Assert.Empty(contract.BenefitCodesSpelledLike("boligstoette"));
    }

    [Fact]
    public void A_mapped_code_is_not_suggested_for_itself()
    {
        Contract contract = WithBenefits("su");
        Assert.Empty(contract.BenefitCodesSpelledLike("su"));
    }

    [Fact]
    public void Spelling_alike_maps_nothing_the_class_stays_exact()
    {
        Contract contract = WithBenefits("kontanthjælp");
        Assert.Null(contract.ClassOf("kontanthjaelp"));
        Assert.Equal(["kontanthjælp"], contract.BenefitCodesSpelledLike("kontanthjaelp"));
    }

    [Property]
    public Property Folding_twice_is_folding_once_and_spelling_alike_is_symmetric() =>
        Prop.ForAll(
            Gen.Elements("a", "A", "æ", "Æ", "ø", "Ø", "å", "Å", "ae", "oe", "aa", "s", "U", "-", "1").ArrayOf().Select(p => string.Concat(p)).ToArbitrary(),
            Gen.Elements("a", "A", "æ", "Æ", "ø", "Ø", "å", "Å", "ae", "oe", "aa", "s", "U", "-", "1").ArrayOf().Select(p => string.Concat(p)).ToArbitrary(),
            (x, y) =>
                BenefitCodeSpelling.Fold(BenefitCodeSpelling.Fold(x)) == BenefitCodeSpelling.Fold(x)
                && BenefitCodeSpelling.Alike(x, y) == BenefitCodeSpelling.Alike(y, x)
                && BenefitCodeSpelling.Alike(x, x.ToUpperInvariant()));
}
