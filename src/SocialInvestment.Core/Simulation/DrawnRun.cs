namespace SocialInvestment;

/// <summary>One run of a projection as drawn (<see cref="Simulation.DrawRuns"/>): the persons and their support spells, to settle as of the horizon.</summary>
/// <param name="People">The planned persons, or the persons drawn from an earlier cohort for them.</param>
/// <param name="Spells">Their drawn support spells (and c₀ histories, where the contract has a municipal share).</param>
internal readonly record struct DrawnRun(IReadOnlyList<Participant> People, List<BenefitSpell> Spells);
