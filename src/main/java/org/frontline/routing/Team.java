package org.frontline.routing;

/** A group of agents who answer together. The default team takes what no rule claims. */
public record Team(TeamId id, String name, boolean isDefault) {}
