"""Reading a whole article before its sentences (``extract.reading``)."""

def test_a_town_abroad_where_no_named_group_operates_is_a_stray_word():
    from sahelwatch.extract.reading import drop_stray_towns
    from sahelwatch.extract.roles import FoundActor
    from sahelwatch.models import Actor, Place

    jnim = Actor("JNIM: Jama'at Nusrat al-Islam wal Muslimin", inter=2, country="ML")
    found = [FoundActor(jnim, "militants", 0, 4)]
    djibo = Place("Djibo", "BF", "Burkina Faso", "Sahel", None, 14.1, -1.6, geo_precision=1, where_prec=1)
    manta = Place("Manta", "EC", "Ecuador", "Manabi", None, -0.95, -80.7, geo_precision=1, where_prec=1)
    ecuador = Place("Ecuador", "EC", "Ecuador", None, None, -1.5, -78.0, geo_precision=3, where_prec=6)
    assert drop_stray_towns([djibo, manta], found) == [djibo]
    assert drop_stray_towns([djibo, manta, ecuador], found) == [djibo, manta, ecuador]
    assert drop_stray_towns([djibo, manta], []) == [djibo, manta]


def test_a_lone_foreign_town_among_many_places_of_one_country_is_a_word():
    from sahelwatch.extract.reading import drop_lone_foreign_towns
    from sahelwatch.models import Place

    def town(name: str, country: str, where_prec: int = 1) -> Place:
        return Place(name, country, None, None, None, 0.0, 0.0, geo_precision=1, where_prec=where_prec)

    mexican = [town("Huimanguillo", "MX"), town("Cárdenas", "MX"), town("Tabasco", "MX", 4)]
    van, turkey = town("Van", "TR"), town("Turkey", "TR", 6)
    assert drop_lone_foreign_towns([*mexican, van]) == mexican
    assert drop_lone_foreign_towns([*mexican, van, turkey]) == [*mexican, van, turkey]  # Turkey is named
    assert drop_lone_foreign_towns([*mexican[:2], van]) == [*mexican[:2], van]  # no clear majority
