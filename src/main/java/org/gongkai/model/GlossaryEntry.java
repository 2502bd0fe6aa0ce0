package org.gongkai.model;

/** 名词解释. */
public record GlossaryEntry(@Required String term, @Required String definition, Origin origin) {
}
