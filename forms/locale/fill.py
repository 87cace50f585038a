# ruff: noqa: E501 - a translation table reads best one message per line
"""Fill the register's catalogues: `../.venv/bin/python locale/fill.py` from forms/.

English msgstr = msgid; Finnish and Swedish come from the table below (domain terms from
shared DOMAIN.md). A msgid missing here is reported, so a new string cannot slip through.
"""

import sys
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent

# msgid: (fi, sv); plural msgids: msgid: ((fi one, fi many), (sv one, sv many))
T = {
    "Statistics register": ("Tilastorekisteri", "Statistikregister"),
    "For example 5.3.2026 (d.m.yyyy).": (
        "Esimerkiksi 5.3.2026 (p.k.vvvv).",
        "Till exempel 5.3.2026 (d.m.åååå).",
    ),
    "Yes": ("Kyllä", "Ja"),
    "No": ("Ei", "Nej"),
    "The year only, for example 2011.": (
        "Vain vuosi, esimerkiksi 2011.",
        "Endast året, till exempel 2011.",
    ),
    "Date of the notification": ("Ilmoituksen päivämäärä", "Anmälans datum"),
    "Was a child-welfare notification registered in anchor work?": (
        "Tehtiinkö ankkuritoiminnassa lastensuojeluilmoitus?",
        "Registrerades en barnskyddsanmälan i ankarverksamheten?",
    ),
    "Is violent radicalisation suspected?": (
        "Epäilläänkö väkivaltaista radikalisoitumista?",
        "Misstänks våldsam radikalisering?",
    ),
    "Who referred the young person?": ("Kuka ohjasi nuoren?", "Vem hänvisade den unga?"),
    "Reasons for the anchor meeting": ("Ankkuritapaamisen syyt", "Orsaker till ankarträffen"),
    "Choose one or more.": ("Valitse yksi tai useampi.", "Välj en eller flera."),
    "Offence types, if any": ("Rikosnimikkeet, jos on", "Brottsbenämningar, om sådana finns"),
    "Date of the meeting": ("Tapaamisen päivämäärä", "Träffens datum"),
    "Has the young person been a client of anchor work before?": (
        "Onko nuori ollut aiemmin ankkuritoiminnan asiakas?",
        "Har den unga tidigare varit klient inom ankarverksamheten?",
    ),
    "Does the work continue in other services?": (
        "Jatkuuko työ muissa palveluissa?",
        "Fortsätter arbetet inom andra tjänster?",
    ),
    "How was a service-needs assessment done in anchor work?": (
        "Miten palvelutarpeen arviointi tehtiin ankkuritoiminnassa?",
        "Hur genomfördes bedömningen av servicebehov i ankarverksamheten?",
    ),
    "Where does the work continue?": ("Missä työ jatkuu?", "Var fortsätter arbetet?"),
    "Answer if the work continues in other services.": (
        "Vastaa, jos työ jatkuu muissa palveluissa.",
        "Svara om arbetet fortsätter inom andra tjänster.",
    ),
    "Choose the services where the work continues.": (
        "Valitse palvelut, joissa työ jatkuu.",
        "Välj de tjänster där arbetet fortsätter.",
    ),
    "Choose no services when the work does not continue elsewhere.": (
        "Älä valitse palveluja, kun työ ei jatku muualla.",
        "Välj inga tjänster när arbetet inte fortsätter på annat håll.",
    ),
    "Case": ("Asiakkuus", "Klientärende"),
    "An existing case": ("Aiempi asiakkuus", "Ett befintligt klientärende"),
    "A new case": ("Uusi asiakkuus", "Ett nytt klientärende"),
    "Case code": ("Asiakkuuden tunnus", "Ärendekod"),
    "The code the team keeps with its own client records, e.g. HEL-2026-0042.": (
        "Tunnus, jonka tiimi säilyttää omien asiakastietojensa yhteydessä, esim. HEL-2026-0042.",
        "Koden som teamet förvarar med sina egna klientuppgifter, t.ex. HEL-2026-0042.",
    ),
    "Enter the case code.": ("Kirjoita asiakkuuden tunnus.", "Skriv ärendekoden."),
    "The team has no case %(code)s.": (
        "Tiimillä ei ole asiakkuutta %(code)s.",
        "Teamet har inget klientärende %(code)s.",
    ),
    "Anchor notification": ("Ankkuri-ilmoitus", "Ankaranmälan"),
    "An earlier notification": ("Aiempi ilmoitus", "En tidigare anmälan"),
    "A new notification": ("Uusi ilmoitus", "En ny anmälan"),
    "Earlier notifications of the case": (
        "Asiakkuuden aiemmat ilmoitukset",
        "Ärendets tidigare anmälningar",
    ),
    "Choose the notification.": ("Valitse ilmoitus.", "Välj anmälan."),
    "This code is already in the list.": (
        "Tämä koodi on jo luettelossa.",
        "Den här koden finns redan i listan.",
    ),
    "Referral sources": ("Ohjaajatahot", "Hänvisande instanser"),
    "Offence categories": ("Rikosnimikkeet", "Brottsbenämningar"),
    "Ways of service-needs assessment": (
        "Palvelutarpeen arvioinnin tavat",
        "Sätt att bedöma servicebehov",
    ),
    "Onward services": ("Jatkopalvelut", "Fortsatta tjänster"),
    "Professions": ("Ammattiryhmät", "Yrkesgrupper"),
    "code list": ("koodisto", "kodlista"),
    "code": ("koodi", "kod"),
    "A stable identifier used in exports; it cannot be changed later.": (
        "Pysyvä tunniste, jota käytetään tiedonsiirroissa; sitä ei voi muuttaa myöhemmin.",
        "En beständig identifierare som används i exporter; den kan inte ändras senare.",
    ),
    "label in Finnish": ("nimi suomeksi", "benämning på finska"),
    "label in Swedish": ("nimi ruotsiksi", "benämning på svenska"),
    "label in English": ("nimi englanniksi", "benämning på engelska"),
    "in use": ("käytössä", "i bruk"),
    "Retired entries are not offered for new records but old records keep them.": (
        "Poistuneita arvoja ei tarjota uusiin tietoihin, mutta vanhat tiedot säilyttävät ne.",
        "Avvecklade värden erbjuds inte för nya uppgifter, men gamla uppgifter behåller dem.",
    ),
    "no age limit": ("ei ikärajaa", "ingen åldersgräns"),
    "For reasons: the under-18 rule does not apply (violent radicalisation).": (
        "Syille: alle 18 vuoden sääntö ei koske (väkivaltainen radikalisoituminen).",
        "För orsaker: regeln om under 18 år gäller inte (våldsam radikalisering).",
    ),
    "order": ("järjestys", "ordning"),
    "code-list entry": ("koodiston arvo", "värde i kodlista"),
    "code-list entries": ("koodiston arvot", "värden i kodlistor"),
    "team": ("tiimi", "team"),
    "year": ("vuosi", "år"),
    "locked at": ("lukittu", "låst"),
    "locked by": ("lukitsija", "låst av"),
    "locked year": ("lukittu vuosi", "låst år"),
    "locked years": ("lukitut vuodet", "låsta år"),
    "The year %(years)s is locked: its records can no longer be changed.": (
        "Vuosi %(years)s on lukittu: sen tietoja ei voi enää muuttaa.",
        "Året %(years)s är låst: dess uppgifter kan inte längre ändras.",
    ),
    "year of the case code": ("tunnuksen vuosi", "kodens år"),
    "running number": ("juokseva numero", "löpnummer"),
    "case code": ("asiakkuuden tunnus", "ärendekod"),
    "birth year": ("syntymävuosi", "födelseår"),
    "home municipality": ("kotikunta", "hemort"),
    "created by": ("kirjaaja", "registrerad av"),
    "created at": ("kirjattu", "registrerad"),
    "updated at": ("muutettu", "ändrad"),
    "case": ("asiakkuus", "klientärende"),
    "cases": ("asiakkuudet", "klientärenden"),
    "date of the notification": ("ilmoituksen päivämäärä", "anmälans datum"),
    "referred by": ("ohjaaja", "hänvisad av"),
    "reasons": ("syyt", "orsaker"),
    "child-welfare notification registered in anchor work": (
        "ankkuritoiminnassa tehty lastensuojeluilmoitus",
        "barnskyddsanmälan som registrerats i ankarverksamheten",
    ),
    "offence types": ("rikosnimikkeet", "brottsbenämningar"),
    "suspected violent radicalisation": (
        "epäilty väkivaltainen radikalisoituminen",
        "misstänkt våldsam radikalisering",
    ),
    "anchor notification": ("ankkuri-ilmoitus", "ankaranmälan"),
    "anchor notifications": ("ankkuri-ilmoitukset", "ankaranmälningar"),
    "date of the meeting": ("tapaamisen päivämäärä", "träffens datum"),
    "ordinal of the meeting": ("monesko tapaaminen", "träffens ordningsnummer"),
    "client of anchor work before": (
        "aiemmin ankkuritoiminnan asiakas",
        "tidigare klient inom ankarverksamheten",
    ),
    "service-needs assessment": ("palvelutarpeen arviointi", "bedömning av servicebehov"),
    "work continues in other services": (
        "työ jatkuu muissa palveluissa",
        "arbetet fortsätter inom andra tjänster",
    ),
    "onward services": ("jatkopalvelut", "fortsatta tjänster"),
    "submission id": ("lähetystunniste", "inlämningsid"),
    "anchor meeting": ("ankkuritapaaminen", "ankarträff"),
    "anchor meetings": ("ankkuritapaamiset", "ankarträffar"),
    "created": ("lisätty", "tillagd"),
    "changed": ("muutettu", "ändrad"),
    "deleted": ("poistettu", "raderad"),
    "exported": ("viety", "exporterad"),
    "locked": ("lukittu", "låst"),
    "reopened": ("avattu uudelleen", "öppnad på nytt"),
    "time": ("aika", "tid"),
    "user": ("käyttäjä", "användare"),
    "username": ("käyttäjätunnus", "användarnamn"),
    "action": ("toiminto", "åtgärd"),
    "record type": ("tietueen tyyppi", "posttyp"),
    "record id": ("tietueen tunniste", "postens id"),
    "record": ("tietue", "post"),
    "changes": ("muutokset", "ändringar"),
    "audit entry": ("lokimerkintä", "loggpost"),
    "audit entries": ("lokimerkinnät", "loggposter"),
    "entry id": ("kirjauksen tunniste", "registreringens id"),
    "step": ("vaihe", "steg"),
    "answers so far": ("tähänastiset vastaukset", "svaren hittills"),
    "started": ("aloitettu", "påbörjad"),
    "saved": ("tallennettu", "sparad"),
    "draft": ("luonnos", "utkast"),
    "drafts": ("luonnokset", "utkast"),
    "Enter the date as d.m.yyyy, for example 5.3.2026.": (
        "Kirjoita päivämäärä muodossa p.k.vvvv, esimerkiksi 5.3.2026.",
        "Skriv datumet i formen d.m.åååå, till exempel 5.3.2026.",
    ),
    "%(value)s is not a date in the calendar.": (
        "%(value)s ei ole kalenterin päivämäärä.",
        "%(value)s är inte ett datum i kalendern.",
    ),
    "The date %(date)s is in the future.": (
        "Päivämäärä %(date)s on tulevaisuudessa.",
        "Datumet %(date)s är i framtiden.",
    ),
    "The meeting (%(meeting)s) cannot be before the notification (%(notification)s).": (
        "Tapaaminen (%(meeting)s) ei voi olla ennen ilmoitusta (%(notification)s).",
        "Träffen (%(meeting)s) kan inte vara före anmälan (%(notification)s).",
    ),
    "Enter a birth year between %(low)s and %(high)s.": (
        "Kirjoita syntymävuosi väliltä %(low)s–%(high)s.",
        "Skriv ett födelseår mellan %(low)s och %(high)s.",
    ),
    "A young person born in %(birth_year)s is 18 or older on %(date)s. Anchor work is for under 18s unless violent radicalisation is among the reasons.": (
        "Vuonna %(birth_year)s syntynyt nuori on %(date)s vähintään 18-vuotias. Ankkuritoiminta on alle 18-vuotiaille, ellei väkivaltainen radikalisoituminen ole syiden joukossa.",
        "En ung person född %(birth_year)s är 18 år eller äldre den %(date)s. Ankarverksamheten är för unga under 18 år om inte våldsam radikalisering är bland orsakerna.",
    ),
    "The meeting cannot be before the birth year.": (
        "Tapaaminen ei voi olla ennen syntymävuotta.",
        "Träffen kan inte vara före födelseåret.",
    ),
    "Birth year": ("Syntymävuosi", "Födelseår"),
    "Home municipality": ("Kotikunta", "Hemort"),
    "Record a meeting for this case": (
        "Kirjaa tapaaminen tälle asiakkuudelle",
        "Registrera en träff för detta klientärende",
    ),
    "Edit the case": ("Muokkaa asiakkuutta", "Redigera klientärendet"),
    "Delete the case": ("Poista asiakkuus", "Radera klientärendet"),
    "Anchor notifications": ("Ankkuri-ilmoitukset", "Ankaranmälningar"),
    "Notification of %(date)s": ("Ilmoitus %(date)s", "Anmälan %(date)s"),
    "Referred by": ("Ohjaaja", "Hänvisad av"),
    "Reasons": ("Syyt", "Orsaker"),
    "Offence types": ("Rikosnimikkeet", "Brottsbenämningar"),
    "Child-welfare notification": ("Lastensuojeluilmoitus", "Barnskyddsanmälan"),
    "yes,no": ("kyllä,ei", "ja,nej"),
    "Suspected violent radicalisation": (
        "Epäilty väkivaltainen radikalisoituminen",
        "Misstänkt våldsam radikalisering",
    ),
    "Edit the notification": ("Muokkaa ilmoitusta", "Redigera anmälan"),
    "Delete the notification": ("Poista ilmoitus", "Radera anmälan"),
    "Meeting %(ordinal)s: %(date)s": (
        "Tapaaminen %(ordinal)s: %(date)s",
        "Träff %(ordinal)s: %(date)s",
    ),
    "No meetings yet.": ("Ei vielä tapaamisia.", "Inga träffar ännu."),
    "No notifications.": ("Ei ilmoituksia.", "Inga anmälningar."),
    "Cases": ("Asiakkuudet", "Klientärenden"),
    "%(counter)s case": (
        ("%(counter)s asiakkuus", "%(counter)s asiakkuutta"),
        ("%(counter)s klientärende", "%(counter)s klientärenden"),
    ),
    "Meetings": ("Tapaamiset", "Träffar"),
    "Latest meeting": ("Viimeisin tapaaminen", "Senaste träff"),
    "No cases.": ("Ei asiakkuuksia.", "Inga klientärenden."),
    "Code lists": ("Koodistot", "Kodlistor"),
    "Codes are stable. Retire an entry instead of deleting it: old records keep it.": (
        "Koodit ovat pysyviä. Poista arvo käytöstä poistamisen sijaan: vanhat tiedot säilyttävät sen.",
        "Koderna är beständiga. Avveckla ett värde i stället för att radera det: gamla uppgifter behåller det.",
    ),
    "Code": ("Koodi", "Kod"),
    "Finnish": ("Suomeksi", "Finska"),
    "Swedish": ("Ruotsiksi", "Svenska"),
    "English": ("Englanniksi", "Engelska"),
    "In use": ("Käytössä", "I bruk"),
    "Actions": ("Toiminnot", "Åtgärder"),
    "Edit": ("Muokkaa", "Redigera"),
    "Add an entry to %(label)s": ("Lisää arvo: %(label)s", "Lägg till ett värde: %(label)s"),
    "Delete": ("Poista", "Radera"),
    "Delete %(object)s?": ("Poistetaanko %(object)s?", "Radera %(object)s?"),
    "The record is removed from the statistics. The deletion is logged.": (
        "Tieto poistetaan tilastoista. Poisto kirjataan lokiin.",
        "Uppgiften tas bort ur statistiken. Raderingen loggas.",
    ),
    "Yes, delete": ("Kyllä, poista", "Ja, radera"),
    "Cancel": ("Peruuta", "Avbryt"),
    "the year %(year)s": ("vuosi %(year)s", "året %(year)s"),
    "This year is locked: its records can no longer be changed.": (
        "Tämä vuosi on lukittu: sen tietoja ei voi enää muuttaa.",
        "Detta år är låst: dess uppgifter kan inte längre ändras.",
    ),
    "Year": ("Vuosi", "År"),
    "Show": ("Näytä", "Visa"),
    "Figures of the year %(year)s": ("Vuoden %(year)s luvut", "Siffror för år %(year)s"),
    "Clients": ("Asiakkaat", "Klienter"),
    "Anchor meetings": ("Ankkuritapaamiset", "Ankarträffar"),
    "First meetings": ("Ensimmäiset tapaamiset", "Första träffar"),
    "Median reaction time (days from notification to first meeting)": (
        "Reaktioajan mediaani (päivää ilmoituksesta ensimmäiseen tapaamiseen)",
        "Reaktionstidens median (dagar från anmälan till första träffen)",
    ),
    "Notifications waiting for a first meeting (all years)": (
        "Ensimmäistä tapaamista odottavat ilmoitukset (kaikki vuodet)",
        "Anmälningar som väntar på en första träff (alla år)",
    ),
    "Record a meeting": ("Kirjaa tapaaminen", "Registrera en träff"),
    "Download the meetings of %(year)s (CSV)": (
        "Lataa vuoden %(year)s tapaamiset (CSV)",
        "Ladda ned träffarna %(year)s (CSV)",
    ),
    "Latest meetings": ("Viimeisimmät tapaamiset", "Senaste träffar"),
    "My drafts": ("Omat luonnokset", "Mina utkast"),
    "Team": ("Tiimi", "Team"),
    "Saved": ("Tallennettu", "Sparad"),
    "Step": ("Vaihe", "Steg"),
    "Continue": ("Jatka", "Fortsätt"),
    "Discard": ("Hylkää", "Kasta"),
    "You have no unfinished entries.": (
        "Sinulla ei ole keskeneräisiä kirjauksia.",
        "Du har inga oavslutade registreringar.",
    ),
    "Save": ("Tallenna", "Spara"),
    "Step %(number)s of %(total)s": ("Vaihe %(number)s/%(total)s", "Steg %(number)s av %(total)s"),
    "The register gives the new case its code.": (
        "Rekisteri antaa uudelle asiakkuudelle tunnuksen.",
        "Registret ger det nya ärendet dess kod.",
    ),
    "Client of anchor work before": (
        "Aiemmin ankkuritoiminnan asiakas",
        "Tidigare klient inom ankarverksamheten",
    ),
    "The register knows this from the case's earlier meetings.": (
        "Rekisteri tietää tämän asiakkuuden aiemmista tapaamisista.",
        "Registret vet detta från ärendets tidigare träffar.",
    ),
    "born": ("syntynyt", "född"),
    "Service-needs assessment": ("Palvelutarpeen arviointi", "Bedömning av servicebehov"),
    "Work continues in other services": (
        "Työ jatkuu muissa palveluissa",
        "Arbetet fortsätter inom andra tjänster",
    ),
    "Store the meeting": ("Tallenna tapaaminen", "Spara träffen"),
    "Next": ("Seuraava", "Nästa"),
    "Back": ("Takaisin", "Tillbaka"),
    "Save as draft": ("Tallenna luonnokseksi", "Spara som utkast"),
    "Statistics of anchor meetings: no names, no identity codes, only the pseudonymous case code the team keeps with its own records.": (
        "Ankkuritapaamisten tilastot: ei nimiä eikä henkilötunnuksia, vain asiakkuuden tunnus, jonka tiimi säilyttää omien tietojensa yhteydessä.",
        "Statistik över ankarträffar: inga namn och inga personbeteckningar, endast den pseudonyma ärendekod som teamet förvarar med sina egna uppgifter.",
    ),
    "Your teams": ("Tiimisi", "Dina team"),
    "You are not a member of any anchor team, so you have no register records to see.": (
        "Et ole minkään ankkuritiimin jäsen, joten sinulla ei ole nähtäviä rekisteritietoja.",
        "Du är inte medlem i något ankarteam, så du har inga registeruppgifter att se.",
    ),
    "required": ("pakollinen", "obligatorisk"),
    "Filters": ("Rajaukset", "Filter"),
    "All years": ("Kaikki vuodet", "Alla år"),
    "Reason": ("Syy", "Orsak"),
    "All reasons": ("Kaikki syyt", "Alla orsaker"),
    "State": ("Tila", "Status"),
    "All": ("Kaikki", "Alla"),
    "Filter": ("Rajaa", "Filtrera"),
    "Please correct the errors below.": ("Korjaa alla olevat virheet.", "Rätta felen nedan."),
    "Date": ("Päivämäärä", "Datum"),
    "Ordinal": ("Järjestysnumero", "Ordningsnummer"),
    "No meetings.": ("Ei tapaamisia.", "Inga träffar."),
    "Pages": ("Sivut", "Sidor"),
    "Page %(number)s of %(count)s": ("Sivu %(number)s/%(count)s", "Sida %(number)s av %(count)s"),
    "Previous page": ("Edellinen sivu", "Föregående sida"),
    "Next page": ("Seuraava sivu", "Nästa sida"),
    "Register home": ("Rekisterin etusivu", "Registrets startsida"),
    "Ordinal of the meeting": ("Monesko tapaaminen", "Träffens ordningsnummer"),
    "Recorded": ("Kirjattu", "Registrerad"),
    "Edit the meeting": ("Muokkaa tapaamista", "Redigera träffen"),
    "Delete the meeting": ("Poista tapaaminen", "Radera träffen"),
    "%(counter)s meeting": (
        ("%(counter)s tapaaminen", "%(counter)s tapaamista"),
        ("%(counter)s träff", "%(counter)s träffar"),
    ),
    "Waiting for a first meeting": ("Odottaa ensimmäistä tapaamista", "Väntar på en första träff"),
    "Met": ("Tavattu", "Träffad"),
    "Can be changed": ("Muutettavissa", "Kan ändras"),
    "Locked year": ("Lukittu vuosi", "Låst år"),
    "The case already has a meeting on that date.": (
        "Asiakkuudella on jo tapaaminen sinä päivänä.",
        "Ärendet har redan en träff det datumet.",
    ),
    "The changes were saved.": ("Muutokset tallennettiin.", "Ändringarna sparades."),
    "Edit meeting %(meeting)s": ("Muokkaa tapaamista %(meeting)s", "Redigera träffen %(meeting)s"),
    "Edit notification of %(date)s": ("Muokkaa ilmoitusta %(date)s", "Redigera anmälan %(date)s"),
    "Edit case %(case)s": ("Muokkaa asiakkuutta %(case)s", "Redigera klientärendet %(case)s"),
    "%(record)s was deleted.": ("%(record)s poistettiin.", "%(record)s raderades."),
    "Delete the meetings of the notification first.": (
        "Poista ensin ilmoituksen tapaamiset.",
        "Radera först anmälans träffar.",
    ),
    "Delete the notifications of the case first.": (
        "Poista ensin asiakkuuden ilmoitukset.",
        "Radera först ärendets anmälningar.",
    ),
    "The draft was discarded.": ("Luonnos hylättiin.", "Utkastet kastades."),
    "The entry was added.": ("Arvo lisättiin.", "Värdet lades till."),
    "Add an entry to %(list)s": ("Lisää arvo: %(list)s", "Lägg till ett värde: %(list)s"),
    "Edit entry %(code)s": ("Muokkaa arvoa %(code)s", "Redigera värdet %(code)s"),
    "This meeting is already in the register: the case has a meeting on that date.": (
        "Tämä tapaaminen on jo rekisterissä: asiakkuudella on tapaaminen sinä päivänä.",
        "Den här träffen finns redan i registret: ärendet har en träff det datumet.",
    ),
    "Open the stored meeting %(meeting)s": (
        "Avaa tallennettu tapaaminen %(meeting)s",
        "Öppna den sparade träffen %(meeting)s",
    ),
    "This meeting has already been stored.": (
        "Tämä tapaaminen on jo tallennettu.",
        "Den här träffen har redan sparats.",
    ),
    "The entry was saved as a draft. You can continue it from your drafts.": (
        "Kirjaus tallennettiin luonnokseksi. Voit jatkaa sitä luonnoksistasi.",
        "Registreringen sparades som utkast. Du kan fortsätta den från dina utkast.",
    ),
    "Notification": ("Ilmoitus", "Anmälan"),
    "Meeting": ("Tapaaminen", "Träff"),
    "Review and confirm": ("Tarkista ja vahvista", "Granska och bekräfta"),
    "The meeting %(meeting)s was stored.": (
        "Tapaaminen %(meeting)s tallennettiin.",
        "Träffen %(meeting)s sparades.",
    ),
}


def fill(extra=None):
    table = {**T, **(extra or {})}
    missing = set()
    for index, language in enumerate(["fi", "sv", "en"]):
        path = HERE / language / "LC_MESSAGES" / "django.po"
        po = polib.pofile(str(path))
        for entry in po:
            if entry.obsolete:
                continue
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
            if language == "en":
                if entry.msgid_plural:
                    entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                else:
                    entry.msgstr = entry.msgid
                continue
            if entry.msgid not in table:
                missing.add(entry.msgid)
                continue
            value = table[entry.msgid][index]
            if entry.msgid_plural:
                entry.msgstr_plural = {0: value[0], 1: value[1]}
            else:
                entry.msgstr = value
        po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
        po.metadata["Language"] = language
        po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
        po.save()
    return sorted(missing)


if __name__ == "__main__":
    missing = fill()
    if missing:
        print("No translation for:", *missing, sep="\n  ")
        sys.exit(1)
    print("Catalogues filled.")
