package org.steward.partner.topsis;

/**
 * The weight of one criterion at which the two best alternatives change places, the other weights being scaled
 * so that all still sum to 1.
 *
 * @param criterion  the criterion whose weight changes
 * @param weight     its (normalised) weight now
 * @param swapWeight the weight at which the closeness of the first and second alternative become equal
 * @param change     {@code swapWeight − weight}
 */
public record SwapPoint(String criterion, double weight, double swapWeight, double change) {
}
