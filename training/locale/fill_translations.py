"""Fill the training catalogues: fi and sv from the table below, en = the English msgid.

Run after makemessages: ../.venv/bin/python locale/fill_translations.py (from training/).
"""

from pathlib import Path

import polib

T = {
    "Training and onboarding": ("Koulutus ja perehdytys", "Utbildning och introduktion"),
    "Handbook page": ("Käsikirjan sivu", "Sida i handboken"),
    "Address": ("Osoite", "Adress"),
    "Link text": ("Linkin teksti", "Länktext"),
    "Defaults to the page title.": ("Oletuksena sivun otsikko.", "Som standard sidans rubrik."),
    "Choose a page or give an address.": (
        "Valitse sivu tai anna osoite.",
        "Välj en sida eller ange en adress.",
    ),
    "Handbook link": ("Linkki käsikirjaan", "Länk till handboken"),
    "Text": ("Teksti", "Text"),
    "Lesson title": ("Oppitunnin otsikko", "Lektionens rubrik"),
    "Content": ("Sisältö", "Innehåll"),
    "Handbook sections": ("Käsikirjan luvut", "Avsnitt i handboken"),
    "Document": ("Asiakirja", "Dokument"),
    "Downloadable material": ("Ladattava materiaali", "Material att ladda ner"),
    "Lesson": ("Oppitunti", "Lektion"),
    "Module title": ("Moduulin otsikko", "Modulens rubrik"),
    "Summary": ("Tiivistelmä", "Sammanfattning"),
    "Lessons": ("Oppitunnit", "Lektioner"),
    "Module": ("Moduuli", "Modul"),
    "Team leader": ("Tiiminvetäjä", "Teamledare"),
    "Line manager": ("Esihenkilö", "Chef"),
    "Coordinating manager": ("Koordinoiva esihenkilö", "Samordnande chef"),
    "Person responsible for onboarding": ("Perehdytyksen vastuuhenkilö", "Introduktionsansvarig"),
    "Mentor or work pair": ("Mentori tai työpari", "Mentor eller arbetspar"),
    "The new expert": ("Uusi asiantuntija", "Den nya experten"),
    "The whole team": ("Koko tiimi", "Hela teamet"),
    "National seminar": ("Valtakunnallinen seminaari", "Nationellt seminarium"),
    "Regional training day": ("Alueellinen koulutuspäivä", "Regional utbildningsdag"),
    "Other training event": ("Muu koulutustilaisuus", "Annat utbildningstillfälle"),
    "Date as d.m.yyyy, e.g. 1.9.2025.": (
        "Päivämäärä muodossa p.k.vvvv, esim. 1.9.2025.",
        "Datum i formen d.m.åååå, t.ex. 1.9.2025.",
    ),
    "Name": ("Nimi", "Namn"),
    "E-mail": ("Sähköposti", "E-post"),
    "The confirmation is sent to this address.": (
        "Vahvistus lähetetään tähän osoitteeseen.",
        "Bekräftelsen skickas till denna adress.",
    ),
    "Anchor team": ("Ankkuritiimi", "Ankarteam"),
    "Not in an anchor team": ("En ole ankkuritiimissä", "Inte med i ett ankarteam"),
    "Organisation": ("Organisaatio", "Organisation"),
    "For example your employer, if you are not in an anchor team.": (
        "Esimerkiksi työnantajasi, jos et ole ankkuritiimissä.",
        "Till exempel din arbetsgivare, om du inte är med i ett ankarteam.",
    ),
    "Template": ("Pohja", "Mall"),
    "A member of the team. Add the person to the team first if needed.": (
        "Tiimin jäsen. Lisää henkilö tarvittaessa ensin tiimiin.",
        "En medlem i teamet. Lägg vid behov först till personen i teamet.",
    ),
    "The new expert's own line manager.": (
        "Uuden asiantuntijan oma esihenkilö.",
        "Den nya expertens egen chef.",
    ),
    "This expert already has an onboarding plan in this team.": (
        "Tällä asiantuntijalla on jo perehdytyssuunnitelma tässä tiimissä.",
        "Denna expert har redan en introduktionsplan i detta team.",
    ),
    "introduction": ("johdanto", "inledning"),
    "training index page": ("koulutusten etusivu", "utbildningarnas startsida"),
    "description": ("kuvaus", "beskrivning"),
    "audience": ("kohderyhmä", "målgrupp"),
    "Who the course is meant for.": ("Kenelle kurssi on tarkoitettu.", "Vem kursen är avsedd för."),
    "estimated time in minutes": ("arvioitu kesto minuutteina", "beräknad tid i minuter"),
    "How long the whole course takes.": (
        "Kuinka kauan koko kurssi kestää.",
        "Hur lång tid hela kursen tar.",
    ),
    "modules": ("moduulit", "moduler"),
    "course page": ("kurssisivu", "kurssida"),
    "user": ("käyttäjä", "användare"),
    "course": ("kurssi", "kurs"),
    "lesson": ("oppitunti", "lektion"),
    "completed at": ("suoritettu", "slutförd"),
    "lesson completion": ("oppitunnin suoritus", "slutförd lektion"),
    "lesson completions": ("oppituntien suoritukset", "slutförda lektioner"),
    "kind of event": ("tilaisuuden laji", "typ av evenemang"),
    "starts": ("alkaa", "börjar"),
    "ends": ("päättyy", "slutar"),
    "place": ("paikka", "plats"),
    "Address or venue; empty if online.": (
        "Osoite tai tila; tyhjä, jos tilaisuus on verkossa.",
        "Adress eller lokal; tom om evenemanget är på webben.",
    ),
    "online": ("verkossa", "på webben"),
    "number of places": ("paikkojen määrä", "antal platser"),
    "registration deadline": ("ilmoittautumisen määräaika", "sista anmälningsdag"),
    "Time and place": ("Aika ja paikka", "Tid och plats"),
    "Registration": ("Ilmoittautuminen", "Anmälan"),
    "event page": ("tilaisuuden sivu", "evenemangssida"),
    "event page registered through": (
        "sivu, jonka kautta ilmoittauduttiin",
        "sida genom vilken anmälan gjordes",
    ),
    "event": ("tilaisuus", "evenemang"),
    "name": ("nimi", "namn"),
    "e-mail": ("sähköposti", "e-post"),
    "anchor team": ("ankkuritiimi", "ankarteam"),
    "organisation": ("organisaatio", "organisation"),
    "language": ("kieli", "språk"),
    "registered at": ("ilmoittautunut", "anmäld"),
    "event registration": ("ilmoittautuminen", "anmälan"),
    "event registrations": ("ilmoittautumiset", "anmälningar"),
    "name in Finnish": ("nimi suomeksi", "namn på finska"),
    "name in Swedish": ("nimi ruotsiksi", "namn på svenska"),
    "name in English": ("nimi englanniksi", "namn på engelska"),
    "in use": ("käytössä", "i bruk"),
    "Team leaders can create plans from it.": (
        "Tiiminvetäjät voivat tehdä sen pohjalta suunnitelmia.",
        "Teamledare kan göra planer utifrån den.",
    ),
    "onboarding plan template": ("perehdytyssuunnitelman pohja", "mall för introduktionsplan"),
    "onboarding plan templates": (
        "perehdytyssuunnitelmien pohjat",
        "mallar för introduktionsplaner",
    ),
    "template": ("pohja", "mall"),
    "order": ("järjestys", "ordning"),
    "title in Finnish": ("otsikko suomeksi", "rubrik på finska"),
    "title in Swedish": ("otsikko ruotsiksi", "rubrik på svenska"),
    "title in English": ("otsikko englanniksi", "rubrik på engelska"),
    "Title": ("Otsikko", "Rubrik"),
    "Items": ("Kohdat", "Punkter"),
    "Item": ("Kohta", "Punkt"),
    "onboarding topic": ("perehdytyksen aihe", "introduktionens ämne"),
    "onboarding topics": ("perehdytyksen aiheet", "introduktionens ämnen"),
    "topic": ("aihe", "ämne"),
    "content in Finnish": ("sisältö suomeksi", "innehåll på finska"),
    "content in Swedish": ("sisältö ruotsiksi", "innehåll på svenska"),
    "content in English": ("sisältö englanniksi", "innehåll på engelska"),
    "note especially (Finnish)": ("huomioitavaa (suomeksi)", "observera särskilt (finska)"),
    "note especially (Swedish)": ("huomioitavaa (ruotsiksi)", "observera särskilt (svenska)"),
    "note especially (English)": ("huomioitavaa (englanniksi)", "observera särskilt (engelska)"),
    "responsible by default": ("oletusvastuuhenkilö", "ansvarig som standard"),
    "schedule (days from the start)": (
        "aikataulu (päivää aloituksesta)",
        "tidtabell (dagar från starten)",
    ),
    "0 is the first working day; 30 is about a month later.": (
        "0 on ensimmäinen työpäivä; 30 on noin kuukautta myöhemmin.",
        "0 är den första arbetsdagen; 30 är ungefär en månad senare.",
    ),
    "onboarding item": ("perehdytyksen kohta", "punkt i introduktionen"),
    "onboarding items": ("perehdytyksen kohdat", "punkter i introduktionen"),
    "new expert": ("uusi asiantuntija", "ny expert"),
    "start date": ("aloituspäivä", "startdatum"),
    "prior training": ("aiempi koulutus", "tidigare utbildning"),
    "line manager": ("esihenkilö", "chef"),
    "person responsible for onboarding": (
        "perehdytyksen vastuuhenkilö",
        "introduktionsansvarig",
    ),
    "created by": ("laatija", "skapad av"),
    "created": ("luotu", "skapad"),
    "updated": ("päivitetty", "uppdaterad"),
    "onboarding plan": ("perehdytyssuunnitelma", "introduktionsplan"),
    "onboarding plans": ("perehdytyssuunnitelmat", "introduktionsplaner"),
    "plan": ("suunnitelma", "plan"),
    "responsible": ("vastuuhenkilö", "ansvarig"),
    "schedule": ("aikataulu", "tidtabell"),
    "done": ("tehty", "klar"),
    "marked done by": ("merkitsi tehdyksi", "markerad klar av"),
    "onboarding plan item": ("perehdytyssuunnitelman kohta", "punkt i introduktionsplanen"),
    "onboarding plan items": (
        "perehdytyssuunnitelman kohdat",
        "punkter i introduktionsplanen",
    ),
    "Hello %(name)s,": ("Hei %(name)s,", "Hej %(name)s,"),
    'you are registered for "%(title)s".': (
        "olet ilmoittautunut tilaisuuteen ”%(title)s”.",
        "du är anmäld till ”%(title)s”.",
    ),
    "Time": ("Aika", "Tid"),
    "Place": ("Paikka", "Plats"),
    "Online": ("Verkossa", "På webben"),
    "More information": ("Lisätietoja", "Mer information"),
    "If you cannot attend, please tell the organiser so that someone else can have your place.": (
        "Jos et pääse paikalle, kerro siitä järjestäjälle, jotta paikkasi voidaan antaa toiselle.",
        "Om du inte kan delta, meddela arrangören så att någon annan kan få din plats.",
    ),
    "Anchor work": ("Ankkuritoiminta", "Ankarverksamhet"),
    "Registration confirmed: %(title)s": (
        "Ilmoittautuminen vahvistettu: %(title)s",
        "Anmälan bekräftad: %(title)s",
    ),
    "Participants": ("Osallistujat", "Deltagare"),
    "%(left)s places left": ("%(left)s paikkaa jäljellä", "%(left)s platser kvar"),
    "Download CSV": ("Lataa CSV", "Ladda ner CSV"),
    "Download Excel (XLSX)": ("Lataa Excel (XLSX)", "Ladda ner Excel (XLSX)"),
    "Registered": ("Ilmoittautunut", "Anmäld"),
    "Nobody has registered yet.": (
        "Kukaan ei ole vielä ilmoittautunut.",
        "Ingen har anmält sig ännu.",
    ),
    "Please correct the marked fields.": (
        "Korjaa merkityt kentät.",
        "Rätta de markerade fälten.",
    ),
    "New expert": ("Uusi asiantuntija", "Ny expert"),
    "Start date": ("Aloituspäivä", "Arbetet inleds"),
    "Prior training": ("Aiempi koulutus", "Tidigare utbildning"),
    "%(done)s of %(total)s done": ("%(done)s/%(total)s tehty", "%(done)s av %(total)s klara"),
    "Responsible": ("Vastuuhenkilö", "Introduktionsansvarig"),
    "Schedule": ("Aikataulu", "Tidtabell"),
    "Done": ("Tehty", "Klar"),
    "Note especially": ("Huomioitavaa", "Observera särskilt"),
    "Overdue": ("Myöhässä", "Försenad"),
    "Not done": ("Ei tehty", "Inte klar"),
    "Undo": ("Peru", "Ångra"),
    "Mark as done": ("Merkitse tehdyksi", "Markera som klar"),
    "%(done)s of %(total)s done (%(percent)s %%)": (
        "%(done)s/%(total)s tehty (%(percent)s %%)",
        "%(done)s av %(total)s klara (%(percent)s %%)",
    ),
    "My onboarding": ("Oma perehdytys", "Min introduktion"),
    "Onboarding plan, %(team)s": (
        "Perehdytyssuunnitelma, %(team)s",
        "Introduktionsplan, %(team)s",
    ),
    "Progress of the plan": ("Suunnitelman eteneminen", "Planens framsteg"),
    "Open the plan to mark items done or print it": (
        "Avaa suunnitelma merkitäksesi kohtia tehdyiksi tai tulostaaksesi sen",
        "Öppna planen för att markera punkter som klara eller skriva ut den",
    ),
    "You have no onboarding plan. Your team leader makes one when you start in an anchor team.": (
        "Sinulla ei ole perehdytyssuunnitelmaa. Tiiminvetäjä laatii sen, kun aloitat "
        "ankkuritiimissä.",
        "Du har ingen introduktionsplan. Teamledaren gör en när du börjar i ett ankarteam.",
    ),
    "Your team's onboarding plans": (
        "Tiimisi perehdytyssuunnitelmat",
        "Ditt teams introduktionsplaner",
    ),
    "No onboarding plans yet.": (
        "Perehdytyssuunnitelmia ei vielä ole.",
        "Inga introduktionsplaner ännu.",
    ),
    "All plans and new plans": (
        "Kaikki suunnitelmat ja uusi suunnitelma",
        "Alla planer och nya planer",
    ),
    "Courses": ("Kurssit", "Kurser"),
    "Your progress": ("Oma edistymisesi", "Dina framsteg"),
    "No courses have been published yet.": (
        "Kursseja ei ole vielä julkaistu.",
        "Inga kurser har publicerats ännu.",
    ),
    "My onboarding and course progress": (
        "Oma perehdytys ja kurssien edistyminen",
        "Min introduktion och mina framsteg i kurserna",
    ),
    "Estimated time": ("Arvioitu kesto", "Beräknad tid"),
    "Upcoming events": ("Tulevat tilaisuudet", "Kommande evenemang"),
    "No upcoming events.": ("Ei tulevia tilaisuuksia.", "Inga kommande evenemang."),
    "Breadcrumb": ("Murupolku", "Brödsmulor"),
    "Audience": ("Kohderyhmä", "Målgrupp"),
    "Your progress in this course": ("Edistymisesi tällä kurssilla", "Dina framsteg i kursen"),
    "Sign in to mark lessons done and follow your progress.": (
        "Kirjaudu sisään, niin voit merkitä oppitunteja tehdyiksi ja seurata edistymistäsi.",
        "Logga in för att markera lektioner som klara och följa dina framsteg.",
    ),
    "Sign in": ("Kirjaudu sisään", "Logga in"),
    "Contents": ("Sisältö", "Innehåll"),
    "Module %(number)s": ("Moduuli %(number)s", "Modul %(number)s"),
    "In the handbook": ("Käsikirjassa", "I handboken"),
    "Material": ("Materiaali", "Material"),
    "Mark as not done": ("Merkitse tekemättömäksi", "Markera som inte klar"),
    "Event": ("Tilaisuus", "Evenemang"),
    "Registration deadline": ("Ilmoittautuminen päättyy", "Sista anmälningsdag"),
    "Places": ("Paikat", "Platser"),
    "%(left)s of %(capacity)s places left": (
        "%(left)s/%(capacity)s paikkaa jäljellä",
        "%(left)s av %(capacity)s platser kvar",
    ),
    "Participant list and export": (
        "Osallistujaluettelo ja vienti",
        "Deltagarlista och export",
    ),
    "The event is full.": ("Tilaisuus on täynnä.", "Evenemanget är fullt."),
    "Registration is closed because all places have been taken.": (
        "Ilmoittautuminen on suljettu, koska kaikki paikat on varattu.",
        "Anmälan är stängd eftersom alla platser är tagna.",
    ),
    "Registration has closed.": ("Ilmoittautuminen on päättynyt.", "Anmälan har stängts."),
    "The registration deadline has passed.": (
        "Ilmoittautumisen määräaika on umpeutunut.",
        "Sista anmälningsdag har passerat.",
    ),
    "Register": ("Ilmoittaudu", "Anmäl dig"),
    "Your name, e-mail address and team are stored for the organiser's participant list.": (
        "Nimesi, sähköpostiosoitteesi ja tiimisi tallennetaan järjestäjän osallistujaluetteloon.",
        "Ditt namn, din e-postadress och ditt team sparas i arrangörens deltagarlista.",
    ),
    "Onboarding plan": ("Perehdytyssuunnitelma", "Introduktionsplan"),
    "Onboarding plans": ("Perehdytyssuunnitelmat", "Introduktionsplaner"),
    "Printed %(date)s": ("Tulostettu %(date)s", "Utskriven %(date)s"),
    "Change dates, people and details": (
        "Muuta päivämääriä, henkilöitä ja tietoja",
        "Ändra datum, personer och uppgifter",
    ),
    "Mentoring and monthly supervision are part of onboarding: agree on them with the team "
    "leader.": (
        "Mentorointi ja kuukausittainen työnohjaus kuuluvat perehdytykseen: sovi niistä "
        "tiiminvetäjän kanssa.",
        "Mentorskap och månatlig arbetshandledning hör till introduktionen: kom överens om "
        "dem med teamledaren.",
    ),
    "Change the onboarding plan": (
        "Muuta perehdytyssuunnitelmaa",
        "Ändra introduktionsplanen",
    ),
    "Back to the plan": ("Takaisin suunnitelmaan", "Tillbaka till planen"),
    "Details": ("Tiedot", "Uppgifter"),
    "Items: schedule and responsible person": (
        "Kohdat: aikataulu ja vastuuhenkilö",
        "Punkter: tidtabell och ansvarig",
    ),
    "Topic": ("Aihe", "Ämne"),
    "Save": ("Tallenna", "Spara"),
    "New onboarding plan": ("Uusi perehdytyssuunnitelma", "Ny introduktionsplan"),
    "The plan gets every item of the template, dated from the start date. You can change "
    "the dates and the people responsible after creating it.": (
        "Suunnitelmaan tulevat kaikki pohjan kohdat aloituspäivästä lasketuin päivämäärin. "
        "Voit muuttaa päivämääriä ja vastuuhenkilöitä suunnitelman luomisen jälkeen.",
        "Planen får alla punkter i mallen, daterade utifrån startdatumet. Du kan ändra "
        "datumen och de ansvariga efter att planen skapats.",
    ),
    "Create the plan": ("Luo suunnitelma", "Skapa planen"),
    "Create an onboarding plan": ("Luo perehdytyssuunnitelma", "Skapa en introduktionsplan"),
    "Progress": ("Eteneminen", "Framsteg"),
    "%(hours)s h %(minutes)s min": ("%(hours)s t %(minutes)s min", "%(hours)s h %(minutes)s min"),
    "%(hours)s h": ("%(hours)s t", "%(hours)s h"),
    "%(minutes)s min": ("%(minutes)s min", "%(minutes)s min"),
    "Lesson marked as done.": ("Oppitunti merkitty tehdyksi.", "Lektionen markerad som klar."),
    "Lesson marked as not done.": (
        "Oppitunti merkitty tekemättömäksi.",
        "Lektionen markerad som inte klar.",
    ),
    "This e-mail address is already registered for the event.": (
        "Tällä sähköpostiosoitteella on jo ilmoittauduttu tilaisuuteen.",
        "Denna e-postadress är redan anmäld till evenemanget.",
    ),
    "You are registered. A confirmation was sent to %(email)s.": (
        "Olet ilmoittautunut. Vahvistus lähetettiin osoitteeseen %(email)s.",
        "Du är anmäld. En bekräftelse skickades till %(email)s.",
    ),
    "You are registered, but the confirmation e-mail could not be sent. Please contact the "
    "organiser if you need it.": (
        "Olet ilmoittautunut, mutta vahvistusviestiä ei voitu lähettää. Ota tarvittaessa "
        "yhteyttä järjestäjään.",
        "Du är anmäld, men bekräftelsen kunde inte skickas. Kontakta arrangören om du behöver den.",
    ),
    "Language": ("Kieli", "Språk"),
    "The onboarding plan was created. Check the dates and people below.": (
        "Perehdytyssuunnitelma luotiin. Tarkista alla päivämäärät ja henkilöt.",
        "Introduktionsplanen skapades. Kontrollera datum och personer nedan.",
    ),
    "The onboarding plan was saved.": (
        "Perehdytyssuunnitelma tallennettiin.",
        "Introduktionsplanen sparades.",
    ),
    "Marked as done: %(item)s": ("Merkitty tehdyksi: %(item)s", "Markerad som klar: %(item)s"),
    "Marked as not done: %(item)s": (
        "Merkitty tekemättömäksi: %(item)s",
        "Markerad som inte klar: %(item)s",
    ),
    "Plan templates": ("Suunnitelmapohjat", "Planmallar"),
    "Topics and items": ("Aiheet ja kohdat", "Ämnen och punkter"),
    "Onboarding": ("Perehdytys", "Introduktion"),
}

PLURALS = {
    "%(counter)s participant": (
        ["%(counter)s osallistuja", "%(counter)s osallistujaa"],
        ["%(counter)s deltagare", "%(counter)s deltagare"],
    ),
    "%(counter)s overdue": (
        ["%(counter)s myöhässä", "%(counter)s myöhässä"],
        ["%(counter)s försenad", "%(counter)s försenade"],
    ),
}

LOCALE = Path(__file__).resolve().parent


def fill():
    missing = set()
    for index, code in enumerate(("fi", "sv", "en")):
        path = LOCALE / code / "LC_MESSAGES" / "django.po"
        po = polib.pofile(str(path))
        for entry in po:
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            if entry.msgid_plural:
                if code == "en":
                    entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                elif entry.msgid in PLURALS:
                    forms = PLURALS[entry.msgid][index]
                    entry.msgstr_plural = dict(enumerate(forms))
                else:
                    missing.add(entry.msgid)
            elif code == "en":
                entry.msgstr = entry.msgid
            elif entry.msgid in T:
                entry.msgstr = T[entry.msgid][index]
            else:
                missing.add(entry.msgid)
        po.save(str(path))
    return missing


if __name__ == "__main__":
    missing = fill()
    if missing:
        raise SystemExit("No translation for: " + "; ".join(sorted(missing)))
    print("catalogues filled")
