// French first names and surnames with rough frequency weights, for the fictitious demo population
// and for the first-name / surname detectors of `scan`.
//
// Source: the names are common French names as published by INSEE (fichier des prénoms, births
// 1900–2022) and the usual lists of the most frequent surnames in France (INSEE état civil, births
// 1891–1990). The WEIGHTS ARE ROUGH: they keep the order of magnitude and the ranking (Martin far ahead,
// a long tail), not the exact counts; first-name weights favour the generations born 1955–2005, who are
// the adults and parents of a family-benefits file. Spelling follows usage (accents kept). Data only:
// nothing here describes a real person.
// Ordered roughly by frequency among adults born 1955–2005; weights fall off like a Zipf law.
const FEMALE = `Nathalie Isabelle Sylvie Sandrine Catherine Valérie Stéphanie Céline Christine Véronique
Sophie Laurence Aurélie Julie Émilie Marie Camille Laura Caroline Virginie Karine Patricia Martine
Françoise Anne Delphine Audrey Élodie Mélanie Sarah Pauline Léa Manon Chloé Emma Inès Marine Anaïs
Claire Florence Hélène Corinne Brigitte Christelle Séverine Vanessa Jessica Amandine Elise Lucie
Charlotte Mathilde Clara Juliette Océane Morgane Alexandra Magali Nadia Laetitia Fabienne Pascale
Agnès Dominique Monique Nicole Chantal Annie Jacqueline Danielle Michèle Béatrice Muriel Carole
Cécile Estelle Gaëlle Lydie Myriam Sabrina Cindy Jennifer Mélissa Coralie Justine Margaux Louise
Jade Alice Lina Léna Zoé Eva Anna Romane Lola Maëlys Ambre Rose Louna Mia Nina Lou Agathe Capucine
Noémie Marion Solène Alicia Fanny Sabine Aline Odile Josiane Ginette Evelyne Maryse Régine
Sonia Fatima Samira Yasmina Leila Amina Nora Sofia Yasmine Aïcha Khadija Salomé Eléonore Victoria
Jeanne Margot Héloïse Clémence Axelle Léonie Elsa Maëva Tiphaine Ophélie Angélique Aurore Emmanuelle
Gwenaëlle Annabelle Armelle Bérangère Géraldine Ingrid Joëlle Marina Mireille Nadine Sylviane Yvette`;
const MALE = `Nicolas Christophe Stéphane Sébastien Frédéric Laurent Julien David Philippe Thierry Olivier
Pierre Thomas Jérôme Éric Patrick Alexandre Vincent Franck Pascal Michel Jean Cédric Guillaume
Romain Maxime Kevin Anthony Mathieu Florian Benjamin Jonathan Antoine Damien Ludovic Arnaud Fabrice
Hervé Bruno Didier Alain Dominique Jean-Pierre Jean-Luc Daniel Gilles Yannick Xavier Bertrand
Jacques Bernard Serge Francis Emmanuel Mickaël Grégory Fabien Sylvain Jérémy Adrien Quentin Hugo
Lucas Louis Léo Gabriel Raphaël Arthur Jules Adam Nathan Enzo Théo Tom Mathis Noah Ethan Paul
Clément Alexis Valentin Baptiste Corentin Dylan Loïc Yann Cyril Samuel Lionel Joël Marc Gérard
René Christian Claude Jean-François Jean-Michel Jean-Marc Gaël Bastien Aurélien Rémi Simon Victor
Martin Axel Timéo Sacha Nolan Maël Liam Aaron Gabin Évan Marius Noé Mohamed Karim Mehdi
Rachid Yassine Sofiane Nabil Ahmed Youssef Bilal Ibrahim Amine Rayan Ayoub Hamza Kylian Matteo
Benoît Régis Thibault Tristan Jordan Steven Mathias Gaëtan Johan Jimmy Marcel Roger Henri
Guy Jean-Claude Jean-Paul Jean-Louis Patrice Yves Georges André Robert Joris Killian`;
const SURNAMES_BY_RANK = `Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel
Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau
Vincent Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand
Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand
Duval Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas
Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy Leroux Colin Vidal Caron
Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoît Rey
Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier
Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein Jacquet Adam
Paris Poirier Marty Aubry Guyot Carré Charles Renault Charpentier Ménard Maillard Baron Bertin
Bailly Hervé Schneider Fernandez Le_Gall Collet Léger Bouvier Julien Prévost Millet Perrot Daniel
Le_Roux Cousin Germain Breton Besson Langlois Rémy Le_Goff Pelletier Lévêque Perrier Leblanc Barré
Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez Guichard Gillet Étienne
Grondin Poulain Tessier Chevallier Collin Chauvin Da_Silva Bouchet Gay Lemaître Bénard Maréchal
Humbert Reynaud Antoine Hoarau Perret Barthélémy Cordier Pichon Lejeune Gilbert Lamy Delaunay
Pasquier Carlier Laporte Gonzalez Ferreira Dos_Santos Pereira Rodrigues Nguyen Lacoste Laborde
Dupré Lafon Lalanne Labat Castaing Ducos Duprat Larrieu Bordes Darriet Lagarde Lafargue Courrèges
Dubos Lapeyre Lasserre Baudet Dufau Barrère Despujols Cazenave Larrue Sabourin Gomez Haddad
Benali Mohamed Diallo Traoré Kone Ben_Ahmed Bensaïd Mendes Teixeira Martins Sousa Fontanel
Tournier Vial Bouvet Gros Moreno Jourdan Blondel Brunel Cartier Chauveau Delmas Dubreuil Gilles
Hamel Lebon Marin Navarro Pons Raynaud Tanguy Vallée Vautrin Verdier`;
function words(list) {
    // '_' stands for the space of a compound surname (Le Gall, Da Silva).
    return list
        .split(/\s+/)
        .filter((w) => w.length > 0)
        .map((w) => w.replace(/_/g, ' '));
}
function zipf(names, top, exponent) {
    const seen = new Set();
    const out = [];
    for (const name of names) {
        if (seen.has(name))
            continue;
        seen.add(name);
        out.push({ name, weight: Math.max(1, Math.round(top / (out.length + 1) ** exponent)) });
    }
    return out;
}
/** French first names by sex, with rough weights (see the header for the source). */
export const FIRST_NAMES = [
    ...zipf(words(FEMALE), 1000, 0.8).map((n) => ({ ...n, sex: 'F' })),
    ...zipf(words(MALE), 1000, 0.8).map((n) => ({ ...n, sex: 'M' })),
];
/** Frequent French surnames, with rough weights (Martin first; see the header for the source). */
export const SURNAMES = zipf(words(SURNAMES_BY_RANK), 2300, 0.7);
//# sourceMappingURL=names.js.map